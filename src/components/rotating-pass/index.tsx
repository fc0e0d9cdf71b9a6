// A rotating pass on screen (event, trip, check-up): the QR that changes every 30 s with the
// 8-digit code under it and a countdown, a big 刷新签到码 button, and what went wrong if a
// refresh failed. weapp: the native <pass-qr> component (src/native/pass-qr); h5: its React twin.
import { View } from '@tarojs/components';
import { createElement, type ReactNode } from 'react';
import type { RotatingPass } from '../../../domain/pass/contract';
import type { CloudError } from '../../services/cloud';
import { BigButton } from '../big-button';
import { ErrorBanner } from '../error-banner';
import { PassQrH5 } from './qr-h5';
import './index.scss';

export { usePass, type HeldPass } from './use-pass';

export interface RotatingPassViewProps {
  pass: RotatingPass;
  onRefresh: () => void;
  busy?: boolean;
  error?: CloudError | null;
  /** above the QR: whose pass it is (a name), in the same card */
  head?: ReactNode;
}

export function RotatingPassView({ pass, onRefresh, busy, error, head }: RotatingPassViewProps) {
  return (
    <View className="rotating-pass">
      <View className="rotating-pass__card">
        {head}
        {process.env.TARO_ENV === 'weapp' ? (
          createElement('pass-qr', {
            token: pass.token,
            code: pass.code,
            expiresAt: pass.expiresAt,
            serverNow: pass.serverNow,
            onRefresh,
          })
        ) : (
          <PassQrH5
            token={pass.token}
            code={pass.code}
            expiresAt={pass.expiresAt}
            serverNow={pass.serverNow}
            onRefresh={onRefresh}
          />
        )}
      </View>
      <ErrorBanner error={error ?? null} onRetry={onRefresh} />
      <BigButton onClick={onRefresh} loading={busy}>
        刷新签到码
      </BigButton>
    </View>
  );
}

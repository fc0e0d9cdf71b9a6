// What went wrong, in the server's plain Chinese, with a way to try again.
import { Text, View } from '@tarojs/components';
import type { CloudError } from '../../services/cloud';
import { BigButton } from '../big-button';
import './index.scss';

export interface ErrorBannerProps {
  error: Pick<CloudError, 'message'> | null;
  /** shown as "再试一次" when given */
  onRetry?: () => void;
}

export function ErrorBanner({ error, onRetry }: ErrorBannerProps) {
  if (!error) return null;
  return (
    <View className="error-banner" role="alert">
      <Text className="error-banner__title">没有成功</Text>
      <Text className="error-banner__message">{error.message}</Text>
      {onRetry ? (
        <View className="error-banner__action">
          <BigButton kind="secondary" onClick={onRetry}>
            再试一次
          </BigButton>
        </View>
      ) : null}
    </View>
  );
}

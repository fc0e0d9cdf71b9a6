// The h5 twin of the native pass (src/native/pass-qr): the same QR drawing and countdown code,
// on an HTML canvas.
import { Text, View } from '@tarojs/components';
import { createElement, useEffect, useRef, useState } from 'react';
import { countdownLabel, spacedCode, startCountdown } from '../../native/pass-qr/countdown';
import { drawMatrix, qrMatrix } from '../../native/pass-qr/qr-matrix';
import './index.scss';

export interface PassQrProps {
  token: string;
  code: string;
  expiresAt: string;
  /** the server's clock at issue: the countdown runs on it */
  serverNow?: string;
  onRefresh: () => void;
  px?: number;
}

export function PassQrH5({ token, code, expiresAt, serverNow, onRefresh, px = 260 }: PassQrProps) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const [label, setLabel] = useState('');
  useEffect(() => {
    const el = canvas.current;
    if (!el || !token) return;
    const dpr = window.devicePixelRatio || 2;
    el.width = px * dpr;
    el.height = px * dpr;
    const ctx = el.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawMatrix(ctx, qrMatrix(token), px);
  }, [token, px]);
  useEffect(
    () =>
      expiresAt
        ? startCountdown({
            expiresAt,
            serverNow,
            onTick: (s: number) => setLabel(countdownLabel(s)),
            onExpire: onRefresh,
          })
        : undefined,
    // a new answer (new serverNow) restarts it even when the pass itself is unchanged
    [expiresAt, serverNow, onRefresh],
  );
  return (
    <View className="rotating-pass__qr">
      {createElement('canvas', {
        ref: canvas,
        'data-testid': 'pass-canvas',
        'data-token': token,
        style: { width: `${px}px`, height: `${px}px` },
      })}
      <Text className="rotating-pass__code" data-testid="pass-code">
        {spacedCode(code)}
      </Text>
      <Text className="rotating-pass__countdown" data-testid="pass-countdown">
        {label}
      </Text>
    </View>
  );
}

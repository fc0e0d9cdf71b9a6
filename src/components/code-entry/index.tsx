// The code entry at a door or a desk: scan a pass (weapp: the WeChat scanner; h5: camera + jsQR)
// or type its 8 digits, send it, and show in one big box who was checked in or why not.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { createElement, useEffect, useRef, useState, type ReactNode } from 'react';
import { BigButton } from '../big-button';
import { Field } from '../field';
import { CAMERA_PROBLEM, codeReady, resultClass, type CodeResult, type Entered } from './entry';
import './index.scss';

export type { CodeResult, Entered } from './entry';
export { alreadyResult } from './entry';

export interface CodeEntryProps {
  /** sends what was entered and sets the answer (never rejects: a refusal is a red answer) */
  onEnter: (what: Entered) => Promise<unknown>;
  /** the answer to show (the caller keeps it: other ways in, e.g. by 工号, answer here too);
   * a green or amber one clears the typed code, for the next person */
  result: CodeResult | null;
  onResult: (result: CodeResult) => void;
  /** the typed code's button, e.g. "按签到码签到" */
  submitLabel: string;
  resultTestId?: string;
  /** the feature's section style, so the entry sits like the rest of the screen */
  sectionClassName?: string;
  busy?: boolean;
  /** shown between the answer and the scanner (e.g. "仍然今天签到") */
  children?: ReactNode;
}

export function CodeEntry({
  onEnter,
  result,
  onResult,
  submitLabel,
  resultTestId,
  sectionClassName = 'code-entry__section',
  busy,
  children,
}: CodeEntryProps) {
  const [code, setCode] = useState('');
  const [camera, setCamera] = useState(false);
  const video = useRef<HTMLVideoElement | null>(null);
  const stopCamera = useRef<(() => void) | null>(null);
  useEffect(() => () => stopCamera.current?.(), []);
  useEffect(() => {
    if (result && result.kind !== 'bad') setCode('');
  }, [result]);

  const scan = async () => {
    if (process.env.TARO_ENV === 'weapp') {
      try {
        const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
        if (r.result) await onEnter({ token: r.result });
      } catch {
        // closed the scanner: nothing to say
      }
      return;
    }
    if (camera) {
      stopCamera.current?.();
      setCamera(false);
      return;
    }
    setCamera(true);
    // the <video> exists only after this render
    setTimeout(async () => {
      if (!video.current) return;
      try {
        const { startCamera } = await import('./qr-camera');
        stopCamera.current = await startCamera(
          video.current,
          (text) => void onEnter({ token: text }),
        );
      } catch {
        setCamera(false);
        onResult(CAMERA_PROBLEM);
      }
    }, 0);
  };

  return (
    <View>
      {result ? (
        <View className={resultClass(result.kind)} data-testid={resultTestId}>
          {result.text}
        </View>
      ) : null}
      {children}
      <View className={sectionClassName}>
        <BigButton loading={busy} onClick={() => void scan()}>
          {camera ? '关闭摄像头' : '扫码签到'}
        </BigButton>
        {camera
          ? createElement('video', { ref: video, className: 'code-entry__video', muted: true })
          : null}
      </View>
      <View className={sectionClassName}>
        <Field
          label="输入签到码"
          hint="对方签到码下面的 8 位数字"
          type="number"
          maxlength={9}
          value={code}
          onInput={setCode}
          placeholder="例如 0042 7319"
        />
        <BigButton
          kind="secondary"
          loading={busy}
          disabled={!codeReady(code)}
          onClick={() => void onEnter({ code })}
        >
          {submitLabel}
        </BigButton>
      </View>
    </View>
  );
}

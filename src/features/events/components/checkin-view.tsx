// At the door: scan a pass (weapp: the WeChat scanner; h5: camera + jsQR) or type its 8 digits,
// or find someone by name; every result says who and what happened; the count updates live.
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { createElement, useCallback, useEffect, useRef, useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import type { CloudError } from '../../../services/cloud';
import { checkinTimingWarning } from '../../../../domain/events/rules';
import { beijingClock } from '../../../../domain/time';
import { events, type Attendance } from '../api';
import './events.scss';

type Result = { kind: 'ok' | 'warn' | 'bad'; text: string };

export function CheckinView({ eventId }: { eventId: string }) {
  const [code, setCode] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [att, setAtt] = useState<Attendance | null>(null);
  const [loadError, setLoadError] = useState<CloudError | null>(null);
  const [search, setSearch] = useState('');
  const [camera, setCamera] = useState(false);
  const video = useRef<HTMLVideoElement | null>(null);
  const stopCamera = useRef<(() => void) | null>(null);

  const reload = useCallback(() => {
    events('events.attendance', { eventId })
      .then((a) => {
        setAtt(a);
        setLoadError(null);
      })
      .catch((e: CloudError) => setLoadError(e));
  }, [eventId]);
  useEffect(() => {
    reload();
    // others may be checking people in at another door
    const timer = setInterval(reload, 15_000);
    return () => {
      clearInterval(timer);
      stopCamera.current?.();
    };
  }, [reload]);

  const submit = async (input: { token: string } | { code: string } | { staffNo: string }) => {
    try {
      const r = await events('events.checkin', { eventId, ...input });
      setResult(
        r.already
          ? {
              kind: 'warn',
              text: `${r.name} 已在 ${beijingClock(r.checkedInAt)} 签到过，不用重复签到。`,
            }
          : { kind: 'ok', text: `${r.name}（${r.staffNo}）签到成功` },
      );
      setCode('');
      reload();
    } catch (e) {
      setResult({ kind: 'bad', text: (e as CloudError).message });
    }
  };

  const scan = async () => {
    if (process.env.TARO_ENV === 'weapp') {
      try {
        const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
        if (r.result) await submit({ token: r.result });
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
    setTimeout(async () => {
      if (!video.current) return;
      try {
        const { startCamera } = await import('./qr-camera');
        stopCamera.current = await startCamera(
          video.current,
          (text) => void submit({ token: text }),
        );
      } catch {
        setCamera(false);
        setResult({
          kind: 'bad',
          text: '打不开摄像头。可以请对方读出签到码下面的 8 位数字，在下面输入。',
        });
      }
    }, 0);
  };

  const found =
    search.trim() && att
      ? att.list
          .filter(
            (r) =>
              r.status === 'confirmed' &&
              (r.name.includes(search.trim()) || r.staffNo === search.trim()),
          )
          .slice(0, 8)
      : [];

  return (
    <View>
      {att ? (
        <View className="ev-section">
          <Text className="ev-section__title" data-testid="live-count">
            已签到 {att.checkedIn} / {att.confirmed} 人
          </Text>
          <View className="ev-bar">
            <View
              className="ev-bar__fill"
              style={{
                width: `${att.confirmed ? Math.round((att.checkedIn / att.confirmed) * 100) : 0}%`,
              }}
            />
          </View>
        </View>
      ) : null}
      {att?.startAt && att.endAt
        ? (() => {
            const warn = checkinTimingWarning(
              new Date(att.startAt),
              new Date(att.endAt),
              new Date(),
            );
            return warn ? (
              <Text className="ev-result ev-result--warn" data-testid="checkin-timing">
                {warn}
              </Text>
            ) : null;
          })()
        : null}
      <ErrorBanner error={loadError} onRetry={reload} />
      {result ? (
        <View
          className={`ev-result${result.kind === 'ok' ? '' : ` ev-result--${result.kind}`}`}
          data-testid="checkin-result"
        >
          {result.text}
        </View>
      ) : null}
      <View className="ev-section">
        <BigButton onClick={scan}>{camera ? '关闭摄像头' : '扫码签到'}</BigButton>
        {camera ? createElement('video', { ref: video, className: 'ev-video', muted: true }) : null}
      </View>
      <View className="ev-section">
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
          disabled={code.replace(/\D/g, '').length < 8}
          onClick={() => submit({ code })}
        >
          确认签到
        </BigButton>
      </View>
      <View className="ev-section">
        <Text className="ev-section__title">没带手机？按姓名找</Text>
        <Input
          className="ev-picker"
          value={search}
          placeholder="输入姓名或工号"
          onInput={(e) => setSearch(e.detail.value)}
        />
        {found.map((r) => (
          <View key={r.staffNo} className="ev-row">
            <Text>
              {r.name}（{r.staffNo}）{r.checkedInAt ? ` 已签到 ${beijingClock(r.checkedInAt)}` : ''}
            </Text>
            {!r.checkedInAt ? (
              <Text className="ev-tag" onClick={() => submit({ staffNo: r.staffNo })}>
                签到
              </Text>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  );
}

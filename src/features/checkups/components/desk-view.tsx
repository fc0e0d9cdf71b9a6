// At the hospital desk: union staff scan a check-up pass (weapp: the WeChat scanner; h5: camera
// + jsQR) or type its 8 digits or a 工号; each answer says who, which slot, package and add-ons.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { createElement, useEffect, useRef, useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { Field } from '../../../components/field';
import { toCloudError } from '../../../services/cloud';
import { beijingClock } from '../../../../domain/time';
import { checkups, type In } from '../api';
import './checkups.scss';

type Result = { kind: 'ok' | 'warn' | 'bad'; text: string };
type Who = { token: string } | { code: string } | { staffNo: string };

export function DeskView({ campaignId }: { campaignId: string }) {
  const [code, setCode] = useState('');
  const [staffNo, setStaffNo] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [otherDay, setOtherDay] = useState<Who | null>(null);
  const [camera, setCamera] = useState(false);
  const video = useRef<HTMLVideoElement | null>(null);
  const stopCamera = useRef<(() => void) | null>(null);
  useEffect(() => () => stopCamera.current?.(), []);

  const submit = async (who: Who, anyDay = false) => {
    setOtherDay(null);
    try {
      const r = await checkups('checkups.checkin', {
        campaignId,
        anyDay,
        ...who,
      } as In<'checkups.checkin'>);
      const extra = r.addons.length ? `；自费加项：${r.addons.join('、')}` : '';
      setResult(
        r.already
          ? {
              kind: 'warn',
              text: `${r.name} 已在 ${beijingClock(r.checkedInAt)} 签到过，不用重复签到。`,
            }
          : { kind: 'ok', text: `${r.name} 签到成功：${r.start}，${r.packageName}${extra}` },
      );
      setCode('');
      setStaffNo('');
    } catch (e) {
      const err = toCloudError(e);
      if (err.code === 'checkups.wrong_day') setOtherDay(who);
      setResult({ kind: 'bad', text: err.message });
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
        const { startCamera } = await import('../../events/components/qr-camera');
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

  return (
    <View>
      {result ? (
        <View
          className={`ck-result${result.kind === 'ok' ? '' : ` ck-result--${result.kind}`}`}
          data-testid="ck-desk-result"
        >
          {result.text}
        </View>
      ) : null}
      {otherDay ? (
        <View className="ck-section">
          <BigButton kind="secondary" onClick={() => void submit(otherDay, true)}>
            仍然今天签到
          </BigButton>
        </View>
      ) : null}
      <View className="ck-section">
        <BigButton onClick={() => void scan()}>{camera ? '关闭摄像头' : '扫码签到'}</BigButton>
        {camera ? createElement('video', { ref: video, className: 'ev-video', muted: true }) : null}
      </View>
      <View className="ck-section">
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
          onClick={() => void submit({ code })}
        >
          按签到码签到
        </BigButton>
      </View>
      <View className="ck-section">
        <Field label="没带手机：输入工号" value={staffNo} onInput={setStaffNo} maxlength={20} />
        <BigButton
          kind="secondary"
          disabled={!staffNo.trim()}
          onClick={() => void submit({ staffNo: staffNo.trim() })}
        >
          按工号签到
        </BigButton>
      </View>
      <Text className="ck-muted">只登记到场，不记录任何体检结果。</Text>
    </View>
  );
}

// 我的领取码: the QR and the 8-digit code (both rotate every 30 seconds, so a screenshot will not
// do, and the code reloads just after it rotates), which gift, and where and when to pick it up.
import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { displayCode } from '../../../../domain/pass/token';
import { beijingDateTime } from '../../../../domain/time';
import type { MyClaim } from '../../../../domain/welfare/contract';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { getMyClaim } from '../api';
import { QrCode } from './qr-code';
import './welfare.scss';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { back } from '../../../services/nav';
import { URLS } from '../../../routes';

export function MyCode({ batchId }: { batchId: string }) {
  const [claim, setClaim] = useState<MyClaim | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    try {
      const c = await getMyClaim(batchId);
      setClaim(c);
      setError(null);
      // refresh just after the code rotates, while the page is open and not yet handed over
      if (!c.handedOverAt)
        timer.current = setTimeout(
          () => void load(),
          Math.max(3000, new Date(c.expiresAt).getTime() - Date.now() + 500),
        );
    } catch (e) {
      setError(toCloudError(e));
    }
  }, [batchId]);

  useDidShow(() => {
    void load();
    void Taro.setKeepScreenOn?.({ keepScreenOn: true }).catch(() => undefined);
  });
  useDidHide(() => {
    if (timer.current) clearTimeout(timer.current);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return (
    <>
      <ErrorBanner error={error} onRetry={load} />
      {!claim && !error ? <LoadingState /> : null}
      {claim ? (
        <>
          <View className="wf-card">
            <Text className="wf-card__small">{claim.batchName}</Text>
            <Text className="wf-card__title">{claim.optionName}</Text>
            {claim.byDefault ? (
              <Text className="wf-card__small">截止时你还没选择，按默认礼包发放。</Text>
            ) : null}
          </View>
          {claim.handedOverAt ? (
            <View className="wf-code wf-code--done">
              <Text className="wf-verdict__big" style={{ color: '#1e7b3c' }}>
                已领取
              </Text>
              <Text className="wf-card__line">
                {beijingDateTime(claim.handedOverAt)} 领取，祝生活愉快！
              </Text>
            </View>
          ) : claim.delivery ? (
            <View className="wf-card">
              <Text className="wf-card__title">快递到家</Text>
              <Text className="wf-card__line">
                {claim.delivery.recipient} {claim.delivery.phone}
              </Text>
              <Text className="wf-card__line">{claim.delivery.address}</Text>
            </View>
          ) : (
            <View className="wf-code">
              <QrCode className="wf-code__qr" text={claim.token} />
              <Text className="wf-code__digits" data-testid="pickup-code">
                {displayCode(claim.code)}
              </Text>
              <Text className="wf-code__hint">领取码每 30 秒自动更新，截图无效。</Text>
            </View>
          )}
          {claim.point && !claim.handedOverAt ? (
            <View className="wf-card">
              <Text className="wf-card__title">{claim.point.name}</Text>
              <Text className="wf-card__line">地点：{claim.point.place}</Text>
              <Text className="wf-card__line">时间：{claim.point.hours}</Text>
            </View>
          ) : null}
          <View className="wf-actions">
            <BigButton kind="secondary" onClick={() => back(URLS.welfare)}>
              返回福利
            </BigButton>
          </View>
        </>
      ) : null}
    </>
  );
}

// One gift batch on the 福利 tab: its gifts with how many are left, choosing or changing (and a
// delivery address when the batch delivers), and the way to my pickup code.
import { Image, Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { BatchView } from '../../../../domain/welfare/contract';
import { beijingDateTime } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { chooseGift } from '../main-api';
import './welfare.scss';
import { WELFARE_URLS } from '../urls';
import {
  choiceButtonLabel,
  choiceDoneLine,
  fenToYuan,
  optionTag,
  phaseLine,
  stockLabel,
} from '../view';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { askToSubscribe } from '../../notify/ask-to-subscribe';
import { Chip, ChipRow } from '../../../components/chips';

export function BatchCard({
  batch,
  onChanged,
}: {
  batch: BatchView;
  onChanged: () => Promise<void>;
}) {
  const [picked, setPicked] = useState<string | null>(batch.myOptionId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const asked = useRef(false); // asked to subscribe already (a retry does not ask again)
  // delivery (only for batches that deliver): the address is seen only by me and the admins
  const [ship, setShip] = useState(batch.fulfilment === 'delivery');
  const [addr, setAddr] = useState({ recipient: '', phone: '', address: '' });
  const mine = batch.myOptionId;
  const open = batch.phase === 'open' && batch.eligible && !batch.myHandedOverAt;
  const pickedName = batch.options.find((o) => o.optionId === picked)?.name ?? '';
  const tagOf = (optionId: string) => optionTag(optionId, picked, mine, open);
  const pending = open && Boolean(picked) && picked !== mine;

  const submit = async () => {
    if (!picked) return;
    // the pickup-ready notice (notify feature): WeChat shows its dialog only straight from the
    // tap, so ask first — before any await — then choose whatever the answer; a change of mind
    // (already chosen) was asked the first time
    const asking = mine || asked.current ? null : askToSubscribe(['pickup_ready']);
    setBusy(true);
    setError(null);
    try {
      if (asking) asked.current = (await asking).asked;
      await chooseGift(batch.batchId, picked, ship ? addr : undefined);
      setDone(choiceDoneLine(picked, mine, ship, pickedName));
      await onChanged();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="wf-card">
      <Text className="wf-card__title">{batch.name}</Text>
      <Text className="wf-card__line">{phaseLine(batch)}</Text>
      {batch.description ? <Text className="wf-card__small">{batch.description}</Text> : null}
      {!batch.eligible ? (
        <View className="wf-notice" data-testid="not-eligible">
          你不在本次发放范围内。{batch.ineligibleReason}
        </View>
      ) : null}
      {batch.myHandedOverAt ? (
        <View className="wf-ok">
          你已于 {beijingDateTime(batch.myHandedOverAt)} 领取了礼包，祝生活愉快！
        </View>
      ) : null}
      {done ? <View className="wf-ok">{done}</View> : null}
      {open ? (
        <Text className="wf-card__line">
          {mine ? '可以更换，截止前以最后一次选择为准：' : '请从下面选一份：'}
        </Text>
      ) : null}
      {(batch.eligible ? batch.options : []).map((o) => {
        const gone = o.left <= 0 && o.optionId !== mine;
        const cls = [
          'wf-option',
          picked === o.optionId && open ? 'wf-option--picked' : '',
          o.optionId === mine ? 'wf-option--mine' : '',
          gone ? 'wf-option--gone' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <View
            key={o.optionId}
            className={cls}
            data-testid={`option-${o.optionId}`}
            onClick={() => {
              if (open && !gone) setPicked(o.optionId);
            }}
          >
            <Text className="wf-option__name">{o.name}</Text>
            {o.imageUrl ? (
              <Image
                className="wf-option__img"
                src={o.imageUrl}
                mode="aspectFill"
                nativeProps={{ alt: `${o.name}的照片` }}
              />
            ) : null}
            {o.description ? <Text className="wf-option__desc">{o.description}</Text> : null}
            {o.valueFen != null ? (
              <Text className="wf-option__desc">价值 {fenToYuan(o.valueFen)}</Text>
            ) : null}
            <Text
              className={`wf-option__left${o.left <= Math.max(5, o.stock * 0.1) ? ' wf-option__left--low' : ''}`}
            >
              {stockLabel(o.left, o.stock)}
            </Text>
            {tagOf(o.optionId) ? (
              <Text
                className={`wf-option__tag${tagOf(o.optionId)?.startsWith('✓') ? '' : ' wf-option__tag--old'}`}
              >
                {tagOf(o.optionId)}
              </Text>
            ) : null}
          </View>
        );
      })}
      {open && batch.fulfilment !== 'pickup' ? (
        <View>
          {batch.fulfilment === 'both' ? (
            <ChipRow label="领取方式">
              <Chip label="到领取点自取" on={!ship} onClick={() => setShip(false)} />
              <Chip label="快递到家" on={ship} onClick={() => setShip(true)} />
            </ChipRow>
          ) : null}
          {ship ? (
            <>
              <Field
                label="收件人"
                value={addr.recipient}
                onInput={(v) => setAddr({ ...addr, recipient: v })}
              />
              <Field
                label="手机号"
                type="number"
                maxlength={11}
                value={addr.phone}
                onInput={(v) => setAddr({ ...addr, phone: v })}
              />
              <Field
                label="收货地址"
                value={addr.address}
                onInput={(v) => setAddr({ ...addr, address: v })}
                hint="只有你和校工会管理员能看到"
              />
            </>
          ) : null}
        </View>
      ) : null}
      <ErrorBanner error={error} />
      {/* a pending choice keeps its save button in view (sticky), not below the fold */}
      <View className={`wf-actions${pending ? ' wf-actions--sticky' : ''}`}>
        {open && picked && (picked !== mine || ship) ? (
          <BigButton loading={busy} onClick={submit}>
            {choiceButtonLabel(picked, mine, pickedName)}
          </BigButton>
        ) : null}
        {mine ? (
          <BigButton
            kind={open && picked !== mine ? 'secondary' : 'primary'}
            onClick={() => go(WELFARE_URLS.code(batch.batchId))}
          >
            {batch.myHandedOverAt ? '查看领取记录' : '出示领取码'}
          </BigButton>
        ) : null}
      </View>
    </View>
  );
}

// 福利核销 (distributors): scan the person's QR (weapp) or type their 8-digit code; a big green
// card says which gift to hand over, amber says it was already collected, red says why not.
import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { HandoverResult } from '../../../../domain/welfare/contract';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { handoverByCode, handoverByToken, listBatches } from '../api';
import './welfare.scss';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { HandoverVerdict, type Verdict } from './handover-verdict';
import { Chip, ChipRow } from '../../../components/chips';

const canScan = process.env.TARO_ENV === 'weapp';

/** What the page says it is for: scanning is there on the phone only. */
export const SCAN_HINT = canScan
  ? '扫描对方的领取二维码，或输入对方报的 8 位领取码。'
  : '输入对方领取码页面上的 8 位数字。';

export function ScanView({ batchId: initial }: { batchId?: string }) {
  const [batchId, setBatchId] = useState(initial ?? '');
  const [batches, setBatches] = useState<{ batchId: string; name: string }[]>([]);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<CloudError | null>(null);

  useDidShow(() => {
    listBatches()
      .then((r) => {
        const open = r.batches.filter((b) => b.phase !== 'upcoming');
        setBatches(open);
        if (!batchId && open[0]) setBatchId(open[0].batchId);
      })
      .catch((e) => setError(toCloudError(e)));
  });

  const run = async (what: () => Promise<HandoverResult>) => {
    setBusy(true);
    setVerdict(null);
    try {
      setVerdict({ kind: 'ok', result: await what() });
      setCode('');
    } catch (e) {
      setVerdict({ kind: 'no', message: toCloudError(e).message });
    } finally {
      setBusy(false);
    }
  };

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      if (res.result) await run(() => handoverByToken(batchId, res.result));
    } catch {
      // cancelled: nothing to say
    }
  };

  const current = batches.find((b) => b.batchId === batchId);
  return (
    <>
      <ErrorBanner error={error} />
      <ChipRow label="发放批次">
        {batches.map((b) => (
          <Chip
            key={b.batchId}
            label={b.name}
            on={b.batchId === batchId}
            onClick={() => setBatchId(b.batchId)}
          />
        ))}
      </ChipRow>
      <HandoverVerdict verdict={verdict} />
      {canScan ? (
        <BigButton disabled={!batchId} loading={busy} onClick={scan}>
          扫码核销
        </BigButton>
      ) : null}
      <Field
        label="领取码"
        value={code}
        onInput={setCode}
        type="number"
        maxlength={9}
        placeholder="例如 0042 7319"
        hint={current ? `当前：${current.name}` : undefined}
      />
      <View className="wf-actions">
        <BigButton
          kind={canScan ? 'secondary' : 'primary'}
          disabled={!batchId || code.replace(/\D/g, '').length < 8}
          loading={busy}
          onClick={() => run(() => handoverByCode(batchId, code))}
        >
          核销这个领取码
        </BigButton>
      </View>
    </>
  );
}

// A check-up arranged elsewhere: the hospital, the day, the receipt's amount and its photo; the
// union reimburses up to my package's standard once an admin approves.
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { beijingDateTime } from '../../../../domain/time';
import { preparePhoto } from '../../../services/photo';
import { useLoad } from '../../../hooks/use-load';
import { checkups } from '../api';
import { yuan } from '../view';
import './checkups.scss';

const STATUS = { submitted: '待审核', approved: '已通过', rejected: '已退回' } as const;

export function ElsewhereForm({ campaignId }: { campaignId: string }) {
  const [tick, setTick] = useState(0);
  const data = useLoad(
    () =>
      Promise.all([
        checkups('checkups.campaign', { campaignId }),
        checkups('checkups.mine', { campaignId }),
      ]),
    [campaignId, tick],
  );
  const [hospital, setHospital] = useState('');
  const [examDate, setExamDate] = useState('');
  const [amount, setAmount] = useState('');
  const [photo, setPhoto] = useState<{ base64: string; path: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (data.loading && !data.data) return <LoadingState />;
  if (!data.data) return <ErrorBanner error={data.error} onRetry={data.reload} />;
  const [campaign, mine] = data.data;

  const pick = async () => {
    try {
      const r = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] });
      const path = r.tempFilePaths[0];
      setPhoto({ path, base64: await preparePhoto(path) });
    } catch {
      // closed the picker
    }
  };
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await checkups('checkups.submitElsewhere', {
        campaignId,
        hospital,
        examDate: examDate.trim(),
        amountFen: Math.round(Number(amount) * 100),
        receiptType: 'image/jpeg',
        receiptBase64: photo?.base64 ?? '',
      });
      setDone(`已提交，等校工会审核。最多可报销 ${yuan(r.standardFen)}。`);
      setTick((n) => n + 1);
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View>
      {mine.elsewhere ? (
        <View className="ck-status">
          {mine.elsewhere.hospital}，{mine.elsewhere.examDate}，发票{' '}
          {yuan(mine.elsewhere.amountFen)}：{STATUS[mine.elsewhere.status]}
          {mine.elsewhere.approvedFen !== null ? `，报销 ${yuan(mine.elsewhere.approvedFen)}` : ''}
        </View>
      ) : null}
      {done ? <View className="ck-result">{done}</View> : null}
      <ErrorBanner error={error} />
      <View className="ck-section">
        <Text className="ck-text">
          截止时间：
          {campaign.elsewhereDeadline ? beijingDateTime(campaign.elsewhereDeadline) : '不受理'}。
          按你的套餐标准报销，超出部分自理。
        </Text>
        <Field label="体检医院" value={hospital} onInput={setHospital} maxlength={40} />
        <Field
          label="体检日期"
          hint="例如 2026-11-20"
          value={examDate}
          onInput={setExamDate}
          maxlength={10}
        />
        <Field
          label="发票金额（元）"
          type="text"
          value={amount}
          onInput={setAmount}
          maxlength={10}
        />
        {photo ? <Image className="ck-receipt" src={photo.path} mode="aspectFit" /> : null}
        <BigButton kind="secondary" onClick={() => void pick()}>
          {photo ? '换一张发票照片' : '拍照或选择发票照片'}
        </BigButton>
        <BigButton
          loading={busy}
          disabled={mine.elsewhere?.status === 'approved'}
          onClick={() => void submit()}
        >
          提交报销申请
        </BigButton>
      </View>
      <Text className="ck-muted">只需要发票，不要上传体检结果：工会不保存任何体检结果。</Text>
    </View>
  );
}

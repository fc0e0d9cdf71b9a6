// Applying to one programme: the situation, self-paid costs for illness, for a chair the 工号 of
// the person they file for; save as a draft or submit. Documents are added on the next screen.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { holdsRole } from '../../../../domain/account/roles';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { useMe } from '../../account/use-me';
import { useLoad } from '../../../hooks/use-load';
import { careApi } from '../api';
import { parseYuan, yuan } from '../money';
import { careUrl } from '../routes';
import { Card, TextBox } from './bits';

export function ApplyForm({ programmeId }: { programmeId: string }) {
  const { me } = useMe();
  const { data, error: loadError, loading, reload } = useLoad(() => careApi.programmes(), []);
  const [story, setStory] = useState('');
  const [selfPaid, setSelfPaid] = useState('');
  const [staffNo, setStaffNo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  if (loading) return <LoadingState />;
  const p = data?.programmes.find((x) => x.programmeId === programmeId);
  if (loadError || !p)
    return (
      <ErrorBanner
        error={loadError ?? { message: '没有找到这个项目，请返回重选。' }}
        onRetry={reload}
      />
    );
  const chair = holdsRole(me?.grants ?? [], 'branch_chair');

  const send = async (draft: boolean) => {
    setError(null);
    const fen = selfPaid.trim() ? parseYuan(selfPaid) : undefined;
    if (fen === null)
      return setError({ message: '自付费用请填写金额，例如 12000 或 12000.50' } as CloudError);
    setBusy(true);
    try {
      const r = await careApi.apply({
        programmeId,
        story,
        ...(fen !== undefined ? { selfPaid: fen } : {}),
        ...(staffNo.trim() ? { staffNo: staffNo.trim() } : {}),
        draft,
      });
      void Taro.redirectTo({ url: careUrl('case', { id: r.caseId, new: '1' }) });
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <Card title={p.name}>
        {p.rule ? (
          <Text className="care-hint">
            补助规则：一年内自付费用超过 {yuan(p.rule.threshold)} 元的部分，按{' '}
            {Math.round(p.rule.rate * 100)}% 补助，每人每年最多 {yuan(p.rule.yearlyCap)} 元。
          </Text>
        ) : null}
        <Text className="care-hint">
          需要的材料：
          {p.checklist
            .map(
              (i) =>
                `${i.label}${i.required ? '' : '（可选）'}${i.original ? `（原件交${i.where || '分工会'}）` : ''}`,
            )
            .join('、') || '无'}
        </Text>
        <Text className="care-hint">只有你、经办的分工会主席和审核的工会干部能看到这份申请。</Text>
      </Card>
      {p.blocked ? <Text className="care-next">{p.blocked}</Text> : null}
      {chair ? (
        <Field
          label="代为申请（填写对方工号，为自己申请请留空）"
          value={staffNo}
          onInput={setStaffNo}
          placeholder="例如 100029"
          type="number"
          maxlength={20}
        />
      ) : null}
      <TextBox
        label="情况说明"
        hint="写明困难或病情、家庭情况和需要的帮助。"
        value={story}
        onInput={setStory}
        placeholder="请如实填写"
      />
      {p.kind === 'illness' ? (
        <Field
          label="本次自付医疗费用（元）"
          hint="医保报销以后自己付的部分，按票据合计"
          value={selfPaid}
          onInput={setSelfPaid}
          placeholder="例如 12000"
          maxlength={12}
        />
      ) : null}
      <ErrorBanner error={error} />
      <View className="care-gap" />
      <BigButton loading={busy} onClick={() => void send(false)}>
        提交申请
      </BigButton>
      <View className="care-gap" />
      <BigButton kind="secondary" disabled={busy} onClick={() => void send(true)}>
        先存草稿
      </BigButton>
      <Text className="care-hint">提交后可以在下一页上传照片或 PDF 材料。</Text>
    </View>
  );
}

// 新建福利发放 (admins): the form to start a batch — name, dates, who it is for (members only,
// retirees, branches, a named list), how gifts are handed out (pickup points / delivery / both),
// the gifts with stock, value, picture and description, the default gift — then a summary to
// confirm before it is published. Checks and the summary: batch-form.ts.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { beijingDay, addDays } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { PageShell } from '../../../components/page-shell';
import { createBatch } from '../api';
import './welfare.scss';
import {
  buildCreateInput,
  emptyBatchForm,
  summarize,
  withOption,
  withPoint,
  type BatchForm,
  type CreateInput,
  type FormErrors,
  type OptionRow,
  type PointRow,
} from '../batch-form';
import { CloudError, toCloudError } from '../../../services/cloud';
import { AudienceSection, GiftsSection, HandoutSection, NameSection } from './batch-form-sections';

export type Branch = { id: string; name: string };

function newForm(): BatchForm {
  const today = beijingDay();
  return emptyBatchForm(today, addDays(today, 7));
}

export function BatchFormView({
  branches,
  onDone,
  onCancel,
}: {
  branches: Branch[];
  onDone: (batchId: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<BatchForm>(newForm);
  const [errors, setErrors] = useState<FormErrors>({});
  const [error, setError] = useState<CloudError | null>(null);
  const [confirm, setConfirm] = useState<CreateInput | null>(null);
  const [busy, setBusy] = useState(false);
  const branchItems = branches.map((b) => ({ key: b.id, label: b.name }));
  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;

  const set = (patch: Partial<BatchForm>) => setForm((f) => ({ ...f, ...patch }));
  const setOption = (i: number, patch: Partial<OptionRow>) =>
    setForm((f) => withOption(f, i, patch));
  const setPoint = (i: number, patch: Partial<PointRow>) => setForm((f) => withPoint(f, i, patch));

  const review = () => {
    const built = buildCreateInput(form);
    if (!built.ok) {
      setErrors(built.errors);
      setError(new CloudError('validation.failed', '有几处需要修改，请看标红的地方。'));
      return;
    }
    setErrors({});
    setError(null);
    setConfirm(built.input);
  };

  const publish = async () => {
    if (!confirm) return;
    setBusy(true);
    setError(null);
    try {
      const { batchId } = await createBatch(confirm);
      await onDone(batchId);
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  if (confirm) {
    return (
      <PageShell title="请核对后发布" hint="发布后，范围内的教职工就能在「福利」页看到并选择礼包。">
        <ErrorBanner error={error} />
        <View className="wf-card" data-testid="batch-summary">
          {summarize(confirm, branchName).map((line) => (
            <Text key={line} className="wf-card__line">
              {line}
            </Text>
          ))}
        </View>
        <View className="wf-actions">
          <BigButton loading={busy} onClick={publish}>
            确认发布
          </BigButton>
          <BigButton kind="secondary" onClick={() => setConfirm(null)}>
            返回修改
          </BigButton>
        </View>
      </PageShell>
    );
  }

  return (
    <PageShell
      title="新建福利发放"
      hint="按顺序填写：名称和日期、发给谁、怎么领、有哪些礼包。填完点最下面的「下一步：核对」。"
    >
      <ErrorBanner error={error} />
      <NameSection form={form} set={set} errors={errors} />
      <AudienceSection form={form} set={set} errors={errors} branchItems={branchItems} />
      <HandoutSection
        form={form}
        set={set}
        errors={errors}
        branchItems={branchItems}
        setPoint={setPoint}
      />
      <GiftsSection form={form} set={set} errors={errors} setOption={setOption} />
      {errors.form ? <View className="wf-notice">{errors.form}</View> : null}

      <View className="wf-actions">
        <BigButton onClick={review}>下一步：核对</BigButton>
        <BigButton kind="plain" onClick={onCancel}>
          取消
        </BigButton>
      </View>
    </PageShell>
  );
}

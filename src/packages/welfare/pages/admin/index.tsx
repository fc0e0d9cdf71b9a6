// 福利发放管理 (admins): the batches with their state, a way into each one's progress, and a form
// to start a new batch (name, dates, gifts with stock, the default gift).
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { beijingDay, addDays } from '../../../../../domain/time';
import { BigButton } from '../../../../components/big-button';
import { EmptyState } from '../../../../components/empty-state';
import { ErrorBanner } from '../../../../components/error-banner';
import { Field } from '../../../../components/field';
import { PageShell } from '../../../../components/page-shell';
import { createBatch, listBatches } from '../../../../features/welfare/api';
import '../../../../features/welfare/components/welfare.scss';
import { WELFARE_URLS } from '../../../../features/welfare/urls';
import { toCreateInput, type BatchForm, type FormErrors } from '../../../../features/welfare/view';
import { toCloudError, type CloudError } from '../../../../services/cloud';
import { go } from '../../../../services/nav';

const PHASE = { upcoming: '未开始', open: '选择中', closed: '已截止' } as const;

function emptyForm(): BatchForm {
  const today = beijingDay();
  return {
    name: '',
    openDay: today,
    closeDay: addDays(today, 7),
    options: [
      { name: '', stock: '' },
      { name: '', stock: '' },
      { name: '', stock: '' },
    ],
    defaultOption: 0,
  };
}

export default function WelfareAdminPage() {
  const [batches, setBatches] = useState<
    { batchId: string; name: string; phase: keyof typeof PHASE; claimCloseAt: string }[] | null
  >(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [creating, setCreating] = useState(false);
  const [form, setForm] = useState<BatchForm>(emptyForm);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setBatches((await listBatches()).batches);
    } catch (e) {
      setError(toCloudError(e));
    }
  }, []);
  useDidShow(() => {
    void load();
  });

  const submit = async () => {
    const built = toCreateInput(form);
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    setBusy(true);
    try {
      const { batchId } = await createBatch(built.input);
      setCreating(false);
      setForm(emptyForm());
      await load();
      go(WELFARE_URLS.progress(batchId));
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  const setOption = (i: number, patch: Partial<BatchForm['options'][number]>) =>
    setForm((f) => ({
      ...f,
      options: f.options.map((o, j) => (j === i ? { ...o, ...patch } : o)),
    }));

  if (creating) {
    return (
      <PageShell
        title="新建福利发放"
        hint="填好礼包和库存，教职工即可在「福利」页选择。未填写的礼包行会被忽略。"
      >
        <ErrorBanner error={error} />
        <Field
          label="福利名称"
          value={form.name}
          onInput={(v) => setForm({ ...form, name: v })}
          error={errors.name}
          placeholder="如：2026 冬季助力乡村振兴慰问品"
        />
        <Field
          label="开始选择日期（9:00 开始）"
          value={form.openDay}
          onInput={(v) => setForm({ ...form, openDay: v })}
          error={errors.openDay}
        />
        <Field
          label="截止选择日期（17:00 截止）"
          value={form.closeDay}
          onInput={(v) => setForm({ ...form, closeDay: v })}
          error={errors.closeDay}
        />
        {form.options.map((o, i) => (
          <View key={i} className="wf-card">
            <Field
              label={`礼包 ${i + 1} 名称`}
              value={o.name}
              onInput={(v) => setOption(i, { name: v })}
              error={errors[`option${i}`]}
            />
            <Field
              label="库存（份）"
              type="number"
              value={o.stock}
              onInput={(v) => setOption(i, { stock: v })}
            />
            <Text
              className={`wf-tab${form.defaultOption === i ? ' wf-tab--on' : ''}`}
              onClick={() => setForm({ ...form, defaultOption: i })}
            >
              {form.defaultOption === i ? '✓ 截止后未选择的发这个' : '设为默认礼包'}
            </Text>
          </View>
        ))}
        {errors.options ? <View className="wf-notice">{errors.options}</View> : null}
        <Text className="wf-card__small">默认面向全体在册教职工（含退休），在各分工会领取。</Text>
        <View className="wf-actions">
          <BigButton loading={busy} onClick={submit}>
            发布这次福利
          </BigButton>
          <BigButton
            kind="secondary"
            onClick={() =>
              setForm((f) => ({ ...f, options: [...f.options, { name: '', stock: '' }] }))
            }
          >
            再加一个礼包
          </BigButton>
          <BigButton kind="plain" onClick={() => setCreating(false)}>
            取消
          </BigButton>
        </View>
      </PageShell>
    );
  }

  return (
    <PageShell title="福利发放管理" hint="查看每次发放的进度、导出名单，或新建一次发放。">
      <ErrorBanner error={error} onRetry={load} />
      <BigButton onClick={() => setCreating(true)}>新建福利发放</BigButton>
      {batches && batches.length === 0 ? (
        <EmptyState title="还没有福利发放" hint="点上面的按钮新建第一次发放。" />
      ) : null}
      <View style={{ marginTop: '16px' }}>
        {batches?.map((b) => (
          <View
            key={b.batchId}
            className="wf-card"
            onClick={() => go(WELFARE_URLS.progress(b.batchId))}
          >
            <Text className="wf-card__title">{b.name}</Text>
            <Text className="wf-card__line">{PHASE[b.phase]} · 查看进度 ›</Text>
          </View>
        ))}
      </View>
      <BigButton kind="secondary" onClick={() => go(WELFARE_URLS.scan())}>
        去核销
      </BigButton>
    </PageShell>
  );
}

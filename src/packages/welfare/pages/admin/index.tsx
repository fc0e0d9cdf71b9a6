// 福利发放管理 (admins): the batches with their state, a way into each one's progress, and a form
// to start a new batch: name, dates, who it is for (members only, retirees, branches, a named
// list), how gifts are handed out (pickup points / delivery / both), the gifts with stock, value,
// picture and description, the default gift, and a summary to confirm before it is published.
import { Text, Textarea, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { beijingDay, addDays } from '../../../../../domain/time';
import { BigButton } from '../../../../components/big-button';
import { EmptyState } from '../../../../components/empty-state';
import { ErrorBanner } from '../../../../components/error-banner';
import { Field } from '../../../../components/field';
import { PageShell } from '../../../../components/page-shell';
import { createBatch, listBatches, listBranches } from '../../../../features/welfare/api';
import '../../../../features/welfare/components/welfare.scss';
import { WELFARE_URLS } from '../../../../features/welfare/urls';
import {
  buildCreateInput,
  emptyBatchForm,
  emptyOption,
  emptyPoint,
  summarize,
  type Audience,
  type BatchForm,
  type CreateInput,
  type Fulfilment,
  type FormErrors,
  type OptionRow,
  type PointRow,
} from '../../../../features/welfare/batch-form';
import { CloudError, toCloudError } from '../../../../services/cloud';
import { go } from '../../../../services/nav';
import { Chip, ChipRow } from '../../../../components/chips';

const PHASE = { upcoming: '未开始', open: '选择中', closed: '已截止' } as const;

const AUDIENCES: { key: Audience; label: string }[] = [
  { key: 'all', label: '全体在册教职工' },
  { key: 'members', label: '仅工会会员' },
  { key: 'list', label: '指定名单（按工号）' },
];
const FULFILMENT_CHOICES: { key: Fulfilment; label: string }[] = [
  { key: 'pickup', label: '到领取点自取' },
  { key: 'delivery', label: '快递到家' },
  { key: 'both', label: '自取或快递都可以' },
];

type Branch = { id: string; name: string };

function newForm(): BatchForm {
  const today = beijingDay();
  return emptyBatchForm(today, addDays(today, 7));
}

/** A row of big choice chips (the kit's); `on` marks the chosen ones. */
function Chips<K extends string>({
  items,
  on,
  onPick,
  testId,
}: {
  items: { key: K; label: string }[];
  on: (key: K) => boolean;
  onPick: (key: K) => void;
  testId?: string;
}) {
  return (
    <ChipRow testId={testId}>
      {items.map((it) => (
        <Chip key={it.key} label={it.label} on={on(it.key)} onClick={() => onPick(it.key)} />
      ))}
    </ChipRow>
  );
}

const toggle = (list: string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

function BatchFormView({
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
    setForm((f) => ({
      ...f,
      options: f.options.map((o, j) => (j === i ? { ...o, ...patch } : o)),
    }));
  const setPoint = (i: number, patch: Partial<PointRow>) =>
    setForm((f) => ({ ...f, points: f.points.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));

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

  const showPoints = form.fulfilment !== 'delivery';
  return (
    <PageShell
      title="新建福利发放"
      hint="按顺序填写：名称和日期、发给谁、怎么领、有哪些礼包。填完点最下面的「下一步：核对」。"
    >
      <ErrorBanner error={error} />
      <Text className="wf-card__title">一、名称和日期</Text>
      <Field
        label="福利名称"
        value={form.name}
        onInput={(v) => set({ name: v })}
        error={errors.name}
        placeholder="如：2026 冬季助力乡村振兴慰问品"
      />
      <Field
        label="给教职工的说明（可不填）"
        value={form.description}
        onInput={(v) => set({ description: v })}
        error={errors.description}
      />
      <Field
        label="开始选择日期（9:00 开始）"
        value={form.openDay}
        onInput={(v) => set({ openDay: v })}
        error={errors.openDay}
      />
      <Field
        label="截止选择日期（17:00 截止）"
        value={form.closeDay}
        onInput={(v) => set({ closeDay: v })}
        error={errors.closeDay}
      />

      <Text className="wf-card__title">二、发给谁</Text>
      <Chips
        testId="audience"
        items={AUDIENCES}
        on={(k) => form.audience === k}
        onPick={(k) => set({ audience: k })}
      />
      {form.audience === 'list' ? (
        <View className={`field${errors.staffNos ? ' field--error' : ''}`}>
          <Text className="field__label">名单上的工号</Text>
          <Text className="field__hint">从表格里复制一列工号粘贴进来，每行一个或用逗号隔开</Text>
          <Textarea
            className="field__input wf-textarea"
            value={form.staffNosText}
            maxlength={-1}
            onInput={(e) => set({ staffNosText: e.detail.value })}
          />
          {errors.staffNos ? <Text className="field__error">{errors.staffNos}</Text> : null}
        </View>
      ) : null}
      <Text className="wf-card__line">退休教职工</Text>
      <Chips
        testId="retired"
        items={[
          { key: 'yes', label: '包括退休教职工' },
          { key: 'no', label: '不包括退休教职工' },
        ]}
        on={(k) => (k === 'yes') === form.includeRetired}
        onPick={(k) => set({ includeRetired: k === 'yes' })}
      />
      <Text className="wf-card__line">
        分工会范围：
        {form.branchIds.length ? `已选 ${form.branchIds.length} 个分工会` : '全部分工会'}
      </Text>
      <Text className="wf-card__small">
        不选任何分工会，就是发给全部分工会；点分工会名称选中或取消。
      </Text>
      <Chips
        testId="branches"
        items={branchItems}
        on={(k) => form.branchIds.includes(k)}
        onPick={(k) => set({ branchIds: toggle(form.branchIds, k) })}
      />
      {errors.branchIds ? <View className="wf-notice">{errors.branchIds}</View> : null}

      <Text className="wf-card__title">三、怎么领</Text>
      <Chips
        testId="fulfilment"
        items={FULFILMENT_CHOICES}
        on={(k) => form.fulfilment === k}
        onPick={(k) => set({ fulfilment: k })}
      />
      {form.fulfilment !== 'pickup' ? (
        <Text className="wf-card__small">
          选快递的教职工会在选择礼包时填写收件人、手机号和地址。
        </Text>
      ) : null}
      {showPoints ? (
        <>
          <Text className="wf-card__small">
            不加领取点，就由各分工会自行发放。领取点不选分工会，就服务其余所有分工会。
          </Text>
          {form.points.map((p, i) => (
            <View key={i} className="wf-card" data-testid={`point-${i}`}>
              <Text className="wf-card__title">领取点 {i + 1}</Text>
              <Field
                label={`领取点 ${i + 1} 名称`}
                value={p.name}
                onInput={(v) => setPoint(i, { name: v })}
                error={errors[`point.${i}.name`]}
                placeholder="如：东区领取点"
              />
              <Field
                label={`领取点 ${i + 1} 地点`}
                value={p.place}
                onInput={(v) => setPoint(i, { place: v })}
                error={errors[`point.${i}.place`]}
                placeholder="如：东区工会活动中心一楼"
              />
              <Field
                label={`领取点 ${i + 1} 开放时间`}
                value={p.hours}
                onInput={(v) => setPoint(i, { hours: v })}
                error={errors[`point.${i}.hours`]}
                placeholder="如：11月25日–27日 9:00–16:00"
              />
              <Text className="wf-card__line">在这里领取的分工会</Text>
              <Chips
                items={branchItems.filter(
                  (b) => !form.branchIds.length || form.branchIds.includes(b.key),
                )}
                on={(k) => p.branchIds.includes(k)}
                onPick={(k) => setPoint(i, { branchIds: toggle(p.branchIds, k) })}
              />
              {errors[`point.${i}.branchIds`] ? (
                <View className="wf-notice">{errors[`point.${i}.branchIds`]}</View>
              ) : null}
              <BigButton
                kind="plain"
                onClick={() => set({ points: form.points.filter((_p, j) => j !== i) })}
              >
                删去这个领取点
              </BigButton>
            </View>
          ))}
          {errors.points ? <View className="wf-notice">{errors.points}</View> : null}
          <BigButton
            kind="secondary"
            onClick={() => set({ points: [...form.points, emptyPoint()] })}
          >
            添加领取点
          </BigButton>
        </>
      ) : null}

      <Text className="wf-card__title">四、礼包</Text>
      <Text className="wf-card__small">空着的礼包行会被忽略。价值按元填写，如 128 或 99.50。</Text>
      {form.options.map((o, i) => (
        <View key={i} className="wf-card" data-testid={`option-row-${i}`}>
          <Field
            label={`礼包 ${i + 1} 名称`}
            value={o.name}
            onInput={(v) => setOption(i, { name: v })}
            error={errors[`option.${i}.name`]}
          />
          <Field
            label={`礼包 ${i + 1} 库存（份）`}
            type="number"
            value={o.stock}
            onInput={(v) => setOption(i, { stock: v })}
            error={errors[`option.${i}.stock`]}
          />
          <Field
            label={`礼包 ${i + 1} 价值（元，可不填）`}
            value={o.value}
            onInput={(v) => setOption(i, { value: v })}
            error={errors[`option.${i}.value`]}
          />
          <Field
            label={`礼包 ${i + 1} 说明（可不填）`}
            value={o.description}
            onInput={(v) => setOption(i, { description: v })}
            error={errors[`option.${i}.description`]}
            placeholder="如：10 斤当季新米"
          />
          <Field
            label={`礼包 ${i + 1} 图片地址（可不填）`}
            value={o.imageUrl}
            onInput={(v) => setOption(i, { imageUrl: v })}
            error={errors[`option.${i}.imageUrl`]}
            placeholder="https://…"
          />
        </View>
      ))}
      {errors.options ? <View className="wf-notice">{errors.options}</View> : null}
      <BigButton
        kind="secondary"
        onClick={() => set({ options: [...form.options, emptyOption()] })}
      >
        再加一个礼包
      </BigButton>
      <Text className="wf-card__line">截止后还没选择的人，发哪一份？</Text>
      <Chips
        testId="default-option"
        items={[
          ...form.options.map((o, i) => ({
            key: String(i),
            label: o.name.trim() || `礼包 ${i + 1}`,
          })),
          { key: 'none', label: '不发默认礼包' },
        ]}
        on={(k) => (k === 'none' ? form.defaultOption === null : form.defaultOption === Number(k))}
        onPick={(k) => set({ defaultOption: k === 'none' ? null : Number(k) })}
      />
      {errors.defaultOption ? <View className="wf-notice">{errors.defaultOption}</View> : null}
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

export default function WelfareAdminPage() {
  const [batches, setBatches] = useState<
    { batchId: string; name: string; phase: keyof typeof PHASE; claimCloseAt: string }[] | null
  >(null);
  const [branches, setBranches] = useState<Branch[]>([]);
  const [error, setError] = useState<CloudError | null>(null);
  const [creating, setCreating] = useState(false);

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

  const startCreating = async () => {
    setCreating(true);
    if (branches.length) return;
    try {
      const r = await listBranches();
      setBranches(r.branches.filter((b) => b.active).map((b) => ({ id: b.id, name: b.name })));
    } catch (e) {
      setError(toCloudError(e));
    }
  };

  if (creating) {
    return (
      <BatchFormView
        branches={branches}
        onCancel={() => setCreating(false)}
        onDone={async (batchId) => {
          setCreating(false);
          await load();
          go(WELFARE_URLS.progress(batchId));
        }}
      />
    );
  }

  return (
    <PageShell title="福利发放管理" hint="查看每次发放的进度、导出名单，或新建一次发放。">
      <ErrorBanner error={error} onRetry={load} />
      <BigButton onClick={startCreating}>新建福利发放</BigButton>
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

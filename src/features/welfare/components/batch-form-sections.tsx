// The four sections of 新建福利发放, in the order a person fills them: 一、名称和日期, 二、发给谁,
// 三、怎么领 (pickup points), 四、礼包 (and the default gift). Each edits the one form (batch-form.ts).
import { Text, Textarea, View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Field } from '../../../components/field';
import './welfare.scss';
import {
  defaultOptionChoices,
  emptyOption,
  toggleId,
  emptyPoint,
  type Audience,
  type BatchForm,
  type Fulfilment,
  type FormErrors,
  type OptionRow,
  type PointRow,
} from '../batch-form';
import { Chip, ChipRow } from '../../../components/chips';

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

export interface SectionProps {
  form: BatchForm;
  set: (patch: Partial<BatchForm>) => void;
  errors: FormErrors;
}

export function NameSection({ form, set, errors }: SectionProps) {
  return (
    <>
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
    </>
  );
}

export function AudienceSection({
  form,
  set,
  errors,
  branchItems,
}: SectionProps & { branchItems: { key: string; label: string }[] }) {
  return (
    <>
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
        onPick={(k) => set({ branchIds: toggleId(form.branchIds, k) })}
      />
      {errors.branchIds ? <View className="wf-notice">{errors.branchIds}</View> : null}
    </>
  );
}

export function HandoutSection({
  form,
  set,
  errors,
  branchItems,
  setPoint,
}: SectionProps & {
  branchItems: { key: string; label: string }[];
  setPoint: (i: number, patch: Partial<PointRow>) => void;
}) {
  const showPoints = form.fulfilment !== 'delivery';
  return (
    <>
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
                onPick={(k) => setPoint(i, { branchIds: toggleId(p.branchIds, k) })}
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
    </>
  );
}

export function GiftsSection({
  form,
  set,
  errors,
  setOption,
}: SectionProps & { setOption: (i: number, patch: Partial<OptionRow>) => void }) {
  return (
    <>
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
        items={defaultOptionChoices(form.options)}
        on={(k) => (k === 'none' ? form.defaultOption === null : form.defaultOption === Number(k))}
        onPick={(k) => set({ defaultOption: k === 'none' ? null : Number(k) })}
      />
      {errors.defaultOption ? <View className="wf-notice">{errors.defaultOption}</View> : null}
    </>
  );
}

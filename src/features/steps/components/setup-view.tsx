// 新建健步走活动 (union admins): dates, daily target and cap, the compliance rule, age groups.
// Teams are the branch unions. Checked with the function's own schema before a confirmation.
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { beijingDay } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { URLS } from '../../../routes';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { createCampaign } from '../api';
import { checkSetup, defaultSetup, type SetupForm } from '../view';
import './walkathon.scss';

function DateField({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
}) {
  return (
    <View>
      <Text className="wk-label">{label}</Text>
      <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className="wk-picker">
          <Text>{value}</Text>
          <Text>›</Text>
        </View>
      </Picker>
      {error ? <Text className="wk-error">{error}</Text> : null}
    </View>
  );
}

export function SetupView() {
  const [form, setForm] = useState<SetupForm>(() => defaultSetup(beijingDay()));
  const [errors, setErrors] = useState<Partial<Record<keyof SetupForm, string>>>({});
  const [error, setError] = useState<CloudError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof SetupForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    const checked = checkSetup(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const ok = await Taro.showModal({
      title: '发布这次健步走？',
      content: `${form.name}：${form.startDate} 至 ${form.endDate}，每天 ${form.dailyTarget} 步达标。发布后教职工就能报名。`,
      confirmText: '发布',
      cancelText: '再看看',
    });
    if (!ok.confirm) return;
    setSaving(true);
    setError(null);
    try {
      const { campaignId } = await createCampaign(checked.input);
      void Taro.showToast({ title: '已发布', icon: 'success' });
      go(`${URLS.walkathonAdmin}?campaignId=${campaignId}`);
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="wk-form">
      {error ? <ErrorBanner error={error} /> : null}
      <Field
        label="活动名称"
        value={form.name}
        onInput={set('name')}
        placeholder="例如：秋冬健步走"
        error={errors.name}
        maxlength={40}
      />
      <DateField
        label="开始日期"
        value={form.startDate}
        onChange={set('startDate')}
        error={errors.startDate}
      />
      <DateField
        label="结束日期"
        value={form.endDate}
        onChange={set('endDate')}
        error={errors.endDate}
      />
      <Field
        label="每日目标（步）"
        type="number"
        value={form.dailyTarget}
        onInput={set('dailyTarget')}
        hint="一天走满这么多步算达标一天"
        error={errors.dailyTarget}
      />
      <Field
        label="每日上限（步）"
        type="number"
        value={form.dailyCap}
        onInput={set('dailyCap')}
        hint="一天最多计入这么多步，防止刷步"
        error={errors.dailyCap}
      />
      <Field
        label="异常提醒线（步）"
        type="number"
        value={form.flagAbove}
        onInput={set('flagAbove')}
        hint="单日超过这个数会提醒你核实"
        error={errors.flagAbove}
      />
      <View>
        <Text className="wk-label">全程达标规则</Text>
        <View className="wk-chips" style={{ marginTop: '12px' }}>
          <Text
            className={`wk-chip${form.ruleType === 'min_days' ? ' wk-chip--on' : ''}`}
            onClick={() => setForm((f) => ({ ...f, ruleType: 'min_days', ruleValue: '40' }))}
          >
            达标满若干天
          </Text>
          <Text
            className={`wk-chip${form.ruleType === 'ratio' ? ' wk-chip--on' : ''}`}
            onClick={() => setForm((f) => ({ ...f, ruleType: 'ratio', ruleValue: '80' }))}
          >
            达标天数占比
          </Text>
        </View>
      </View>
      <Field
        label={form.ruleType === 'min_days' ? '需要达标的天数' : '需要达标的天数占比（%）'}
        type="number"
        value={form.ruleValue}
        onInput={set('ruleValue')}
        error={errors.ruleValue}
      />
      <Field
        label="年龄分组（岁）"
        type="number"
        value={form.ageSplit}
        onInput={set('ageSplit')}
        hint="例如填 50：分成 50 岁以下和 50 岁及以上两组统计；留空则不分组"
        error={errors.ageSplit}
      />
      <Text className="wk-card__note">队伍按分工会划分，每个分工会一支队伍。</Text>
      <BigButton loading={saving} onClick={() => void submit()}>
        发布活动
      </BigButton>
    </View>
  );
}

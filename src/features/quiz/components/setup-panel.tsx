// 知识竞赛管理 · 新建竞赛: the form (name, days, numbers, which questions, when answers show).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { DateField } from '../../../components/date-field';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { quiz } from '../api';
import { SETUP_DAYS, SETUP_NUMBERS, checkSetup, type SetupForm } from '../setup-form';
import './quiz.scss';

export function SetupPanel({
  form,
  setForm,
  onDone,
}: {
  form: SetupForm;
  setForm: (f: SetupForm | null) => void;
  onDone: () => void;
}) {
  const [errors, setErrors] = useState<Partial<Record<keyof SetupForm, string>>>({});
  const bank = useLoad(() => quiz('quiz.listQuestions', {}), []);
  const create = useAction(async () => {
    const checked = checkSetup(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    await quiz('quiz.createContest', checked.input);
    void Taro.showToast({ title: '竞赛已建好', icon: 'none' });
    setForm(null);
    onDone();
  });
  const set = (k: keyof SetupForm) => (v: string) => setForm({ ...form, [k]: v });
  const categories = bank.data?.categories ?? [];
  return (
    <View className="qz-section">
      <Text className="qz-title">新建竞赛</Text>
      <Field
        label="竞赛名称"
        value={form.name}
        onInput={set('name')}
        error={errors.name}
        maxlength={40}
      />
      {SETUP_DAYS.map((f) => (
        <DateField
          key={f.key}
          label={f.label}
          value={form[f.key]}
          onChange={set(f.key)}
          error={errors[f.key]}
        />
      ))}
      {SETUP_NUMBERS.map((f) => (
        <Field
          key={f.key}
          label={f.label}
          type="number"
          value={form[f.key]}
          onInput={set(f.key)}
          error={errors[f.key]}
        />
      ))}
      <Chips
        label="从哪些题里抽"
        options={[
          { value: '', label: '全部题库' },
          ...categories
            .filter((c) => c.name)
            .map((c) => ({ value: c.name, label: `${c.name}（${c.count}）` })),
        ]}
        value={form.category}
        onChange={(v) => setForm({ ...form, category: v })}
      />
      <Chips
        label="什么时候公布答案"
        options={[
          { value: 'after_attempt', label: '每次交卷后' },
          { value: 'after_contest', label: '竞赛结束后' },
        ]}
        value={form.reveal}
        onChange={(v) => setForm({ ...form, reveal: v })}
      />
      <Text className="qz-muted">
        参赛队默认按分工会分；参与率 = 参加人数 ÷ 该分工会在册教职工人数。
      </Text>
      <ErrorBanner error={create.error} />
      <BigButton loading={create.busy} onClick={() => void create.run()}>
        建好竞赛
      </BigButton>
      <BigButton kind="secondary" onClick={() => setForm(null)}>
        不建了
      </BigButton>
    </View>
  );
}

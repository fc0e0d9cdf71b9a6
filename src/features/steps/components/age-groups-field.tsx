// 年龄分组: rank the older walkers apart (from an age, 50 by default) or all together.
import { Field } from '../../../components/field';
import { ageHint, withAgeGroups, type SectionProps } from '../setup-choices';
import { ChoiceRow } from './choice-row';

const AGE_GROUPS = [
  { value: 'split', label: '按年龄分两组排名' },
  { value: 'none', label: '不分年龄组' },
] as const;

export function AgeGroupsField({ form, setForm, errors }: SectionProps) {
  const on = form.ageSplit.trim() !== '';
  return (
    <>
      <ChoiceRow
        label="年龄分组"
        options={AGE_GROUPS}
        value={on ? 'split' : 'none'}
        onChange={(v) => setForm((f) => withAgeGroups(f, v === 'split'))}
      />
      {on ? (
        <Field
          label="分组年龄（岁）"
          type="number"
          value={form.ageSplit}
          onInput={(v) => setForm((f) => ({ ...f, ageSplit: v }))}
          placeholder="例如 50"
          hint={ageHint(form.ageSplit)}
          error={errors.ageSplit}
        />
      ) : null}
    </>
  );
}

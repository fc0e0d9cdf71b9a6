// 全程达标规则: enough days (达标满若干天) or a share of the days (达标天数占比), and its number.
import { Field } from '../../../components/field';
import { ruleValueLabel, withRule, type SectionProps } from '../setup-choices';
import { ChoiceRow } from './choice-row';

const RULES = [
  { value: 'min_days', label: '达标满若干天' },
  { value: 'ratio', label: '达标天数占比' },
] as const;

export function RuleField({ form, setForm, errors }: SectionProps) {
  return (
    <>
      <ChoiceRow
        label="全程达标规则"
        options={RULES}
        value={form.ruleType}
        onChange={(type) => setForm((f) => withRule(f, type))}
      />
      <Field
        label={ruleValueLabel(form.ruleType)}
        type="number"
        value={form.ruleValue}
        onInput={(v) => setForm((f) => ({ ...f, ruleValue: v }))}
        placeholder="例如 40"
        error={errors.ruleValue}
      />
    </>
  );
}

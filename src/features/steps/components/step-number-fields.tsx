// The three daily numbers (目标, 上限, 异常提醒线), one shared field each, from one table.
import { Field } from '../../../components/field';
import { STEP_NUMBERS, type SectionProps } from '../setup-choices';

export function StepNumberFields({ form, setForm, errors }: SectionProps) {
  return (
    <>
      {STEP_NUMBERS.map((n) => (
        <Field
          key={n.key}
          label={n.label}
          type="number"
          value={form[n.key]}
          onInput={(v) => setForm((f) => ({ ...f, [n.key]: v }))}
          placeholder={n.placeholder}
          hint={n.hint}
          error={errors[n.key]}
        />
      ))}
    </>
  );
}

// Typed fields of the setup form (name and description, the three daily numbers), one shared
// field each, from a table in setup-choices.ts.
import { Field } from '../../../components/field';
import type { FieldSpec, SectionProps } from '../setup-choices';

export function SetupFields({
  fields,
  form,
  setForm,
  errors,
}: SectionProps & { fields: readonly FieldSpec[] }) {
  return (
    <>
      {fields.map((n) => (
        <Field
          key={n.key}
          label={n.label}
          type={n.type}
          value={form[n.key]}
          onInput={(v) => setForm((f) => ({ ...f, [n.key]: v }))}
          placeholder={n.placeholder}
          hint={n.hint}
          maxlength={n.maxlength}
          error={errors[n.key]}
        />
      ))}
    </>
  );
}

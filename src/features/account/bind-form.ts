// The binding form's checks, from the contract's bindInput, as one plain-Chinese line per field;
// and a server answer (CloudError) placed on the fields it is about.
import { bindInput } from '../../../domain/account/contract';
import type { CloudError } from '../../services/cloud';
import type { BindInput } from './api';

export type BindField = keyof BindInput;
export const BIND_FIELDS: readonly BindField[] = ['staffNo', 'name', 'phoneLast4'];

export type BindValues = Record<BindField, string>;
export type FieldErrors = Partial<Record<BindField, string>>;

export const EMPTY_BIND: BindValues = { staffNo: '', name: '', phoneLast4: '' };

export type BindCheck = { ok: true; input: BindInput } | { ok: false; errors: FieldErrors };

function isBindField(path: string): path is BindField {
  return (BIND_FIELDS as readonly string[]).includes(path);
}

export function checkBind(values: BindValues): BindCheck {
  const parsed = bindInput.safeParse(values);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    // the first problem of each field is the one worth saying
    if (isBindField(field) && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** Checks one field, for feedback when the user leaves it. */
export function checkBindField(values: BindValues, field: BindField): string | undefined {
  const result = checkBind(values);
  return result.ok ? undefined : result.errors[field];
}

/** A refusal from the server: field messages where it names fields, otherwise one line for the form. */
export function bindErrorsFrom(error: CloudError): { fields: FieldErrors; form: string | null } {
  const fields: FieldErrors = {};
  for (const issue of error.issues ?? []) {
    const field = issue.path.split('.')[0];
    if (isBindField(field) && !fields[field]) fields[field] = issue.message;
  }
  return { fields, form: Object.keys(fields).length > 0 ? null : error.message };
}

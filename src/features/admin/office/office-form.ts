// The office contact form's checks, from the contract's officeInfo: one plain line per field.
import { officeInfo } from '../../../../domain/account/office-contract';
import type { OfficeInfo } from '../../../../domain/office';

export type OfficeField = keyof OfficeInfo;
export const OFFICE_FIELDS: readonly OfficeField[] = ['name', 'phone', 'place', 'hours'];
export type OfficeErrors = Partial<Record<OfficeField, string>>;

export type OfficeCheck = { ok: true; input: OfficeInfo } | { ok: false; errors: OfficeErrors };

const isField = (k: string): k is OfficeField => (OFFICE_FIELDS as readonly string[]).includes(k);

export function checkOffice(values: OfficeInfo): OfficeCheck {
  const parsed = officeInfo.safeParse(values);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: OfficeErrors = {};
  for (const issue of parsed.error.issues) {
    const k = String(issue.path[0] ?? '');
    if (isField(k) && !errors[k]) errors[k] = issue.message;
  }
  return { ok: false, errors };
}

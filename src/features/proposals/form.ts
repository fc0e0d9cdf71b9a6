// The filing form's pure parts: values, live checks by the same rules the function applies, and
// the counters shown under the text boxes.
import { CATEGORIES, type Category, type ProposalKind } from '../../../domain/proposals/model';
import {
  LIMITS,
  charCount,
  contentErrors,
  contentWarnings,
  type Check,
} from '../../../domain/proposals/rules';

export interface FormValues {
  kind: ProposalKind;
  title: string;
  category: Category | '';
  background: string;
  suggestion: string;
}

export const EMPTY_FORM: FormValues = {
  kind: 'proposal',
  title: '',
  category: '',
  background: '',
  suggestion: '',
};

export type FormField = 'title' | 'category' | 'background' | 'suggestion';

export interface FormCheck {
  errors: Partial<Record<FormField, string>>;
  warnings: Check[];
  ready: boolean;
}

/** Checks as the user types; untouched empty fields are not scolded unless `all` (on submit). */
export function checkForm(v: FormValues, all = false): FormCheck {
  const errors: Partial<Record<FormField, string>> = {};
  if (!v.category && all) errors.category = '请选择类别';
  for (const e of contentErrors({ ...v, category: v.category || '其他' })) {
    if (all || v[e.path as FormField] !== '') errors[e.path as FormField] = e.message;
  }
  const warnings = contentWarnings({ ...v, category: v.category || '其他' });
  return { errors, warnings, ready: Object.keys(checkFormStrict(v)).length === 0 };
}

function checkFormStrict(v: FormValues): Partial<Record<FormField, string>> {
  const out: Partial<Record<FormField, string>> = {};
  if (!v.category) out.category = '请选择类别';
  for (const e of contentErrors({ ...v, category: v.category || '其他' }))
    out[e.path as FormField] = e.message;
  return out;
}

/** "86 / 50–300 字" under a text box. */
export function counter(v: FormValues, field: 'title' | 'background' | 'suggestion'): string {
  const [min, max] = LIMITS[v.kind][field];
  const n = charCount(v[field]);
  return min > 0 ? `${n} 字（要求 ${min}–${max} 字）` : `${n} 字（最多 ${max} 字）`;
}

export const CATEGORY_CHOICES: readonly Category[] = CATEGORIES;

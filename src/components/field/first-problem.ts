// Forms: each field's element id, which field's problem comes first (in the order the fields
// appear), and a field's message going as soon as it is changed.
export const fieldId = (key: string) => `field-${key}`;

/** The first key of `order` that has a problem, or null. */
export function firstProblem(
  order: readonly string[],
  problems: Readonly<Record<string, string | undefined>>,
): string | null {
  return order.find((k) => problems[k]) ?? null;
}

/** The problems without `key`: a field's message goes as soon as the field is changed. */
export function withoutProblem<T extends Record<string, string>>(problems: T, key: string): T {
  if (!(key in problems)) return problems;
  const next = { ...problems };
  delete next[key];
  return next;
}

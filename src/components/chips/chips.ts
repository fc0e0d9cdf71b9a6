// The pure part of the chip row: which chips are on, what a tap does, what a chip says.

export interface ChipOption<T extends string> {
  value: T;
  label: string;
}

/** One choice (a value) or several (an array of values). */
export type ChipValue<T extends string> = T | readonly T[];

export function isOn<T extends string>(value: ChipValue<T>, v: T): boolean {
  return Array.isArray(value) ? (value as readonly T[]).includes(v) : value === v;
}

/** Several choices: a tap adds or removes `v`, keeping the options' order. */
export function toggled<T extends string>(
  options: readonly ChipOption<T>[],
  value: readonly T[],
  v: T,
): T[] {
  const next = value.includes(v) ? value.filter((x) => x !== v) : [...value, v];
  return options.map((o) => o.value).filter((x) => next.includes(x));
}

/** A chosen chip says so in words, not only in colour: "✓ 已报名". */
export function chipText(label: string, on: boolean): string {
  return on ? `✓ ${label}` : label;
}

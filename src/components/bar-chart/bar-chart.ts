// The bar chart's arithmetic, kept out of the component so it is tested without a renderer.

export interface ChartBar {
  key: string;
  label: string;
  value: number;
  /** what is written beside the bar (defaults to the value) */
  text?: string;
  /** the reader's own row (their team): drawn bold */
  mine?: boolean;
}

/** Each bar's length as a share of the longest (0–100, whole numbers; a non-zero bar shows ≥ 2). */
export function barWidths(bars: readonly ChartBar[]): number[] {
  const max = Math.max(0, ...bars.map((b) => b.value));
  return bars.map((b) => {
    if (max <= 0 || b.value <= 0) return 0;
    return Math.max(2, Math.round((b.value / max) * 100));
  });
}

/** A sentence a screen reader says for the whole chart ("1月 3，2月 5"). */
export function chartSummary(bars: readonly ChartBar[]): string {
  return bars.map((b) => `${b.label} ${b.text ?? b.value}`).join('，');
}

// The text box's counter: characters as a person counts them (a Chinese character or an emoji is one).

export function charCount(text: string): number {
  return Array.from(text).length;
}

/** "120 / 500 字", or "" when there is no limit to show. */
export function counterText(text: string, max?: number): string {
  if (!max || max <= 0) return '';
  return `${charCount(text)} / ${max} 字`;
}

// The card's look as classes: tone and whether it is tappable.
export type CardTone = 'plain' | 'warn' | 'ok' | 'quiet';

export function cardClass(tone: CardTone, tappable: boolean): string {
  return ['card', tone !== 'plain' ? `card--${tone}` : '', tappable ? 'card--tap' : '']
    .filter(Boolean)
    .join(' ');
}

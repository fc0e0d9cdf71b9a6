// The card's classes: plain by default, a tone when asked, tappable ones marked.
import { cardClass } from './card';

it('builds the class list from tone and tappability', () => {
  expect(cardClass('plain', false)).toBe('card');
  expect(cardClass('warn', false)).toBe('card card--warn');
  expect(cardClass('plain', true)).toBe('card card--tap');
  expect(cardClass('ok', true)).toBe('card card--ok card--tap');
});

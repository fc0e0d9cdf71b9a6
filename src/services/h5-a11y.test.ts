// Taro h5 page containers get a tab stop, now and as pages are pushed.
import { focusablePages } from './h5-a11y';

it('marks existing and later page containers focusable, leaving others alone', async () => {
  document.body.innerHTML = '<div class="taro_router"><div class="taro_page" id="a"></div></div>';
  const stop = focusablePages(document.body);
  expect(document.getElementById('a')?.getAttribute('tabindex')).toBe('0');
  const b = document.createElement('div');
  b.className = 'taro_page';
  const other = document.createElement('div');
  document.querySelector('.taro_router')?.append(b, other);
  await Promise.resolve();
  expect(b.getAttribute('tabindex')).toBe('0');
  expect(other.hasAttribute('tabindex')).toBe(false);
  stop();
});

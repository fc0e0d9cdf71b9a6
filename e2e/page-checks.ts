// One set of checks for every page a journey passes: axe-core (WCAG 2 A and AA; no serious or
// critical violation), tap targets at least 44 px, and no text below 15 px. Used by e2e/journeys.
import path from 'node:path';
import type { Page } from 'playwright-core';

const AXE = path.resolve(__dirname, '..', 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's WCAG 2 A/AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(
    () => typeof (window as { axe?: unknown }).axe !== 'undefined',
  );
  if (!loaded) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Result = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } })
      .axe;
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => String(n.target.join(' '))),
    }));
  });
}

export interface SizeProblem {
  kind: 'tap' | 'font';
  what: string;
  size: string;
}

/**
 * Tap targets (buttons, links, inputs, switches, tab items, rows that open something) smaller
 * than 44×44 CSS px, and visible text smaller than 15 px. Only what is on screen or below it in
 * the page is looked at (not hidden pages kept in Taro's stack).
 */
export async function sizeProblems(page: Page, minTap = 44, minFont = 15): Promise<SizeProblem[]> {
  return page.evaluate(
    ([minTap, minFont]) => {
      const out: { kind: 'tap' | 'font'; what: string; size: string }[] = [];
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        const s = getComputedStyle(el);
        if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0)
          return false;
        // Taro keeps earlier pages of the stack in the DOM, hidden
        const page = el.closest('.taro_page');
        if (page && getComputedStyle(page).display === 'none') return false;
        return true;
      };
      const label = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
      const TAP =
        'taro-button-core, button, a[href], input:not([type=hidden]), textarea, select, ' +
        '[role=button], [role=switch], [role=tab], [role=checkbox], [role=radio], ' +
        '.weui-tabbar__item, .nav-row, .big-button';
      const seen = new Set<Element>();
      for (const el of Array.from(document.querySelectorAll(TAP))) {
        if (!visible(el)) continue;
        // an input inside a larger tappable box counts as that box
        const box = el.closest('.field, label, .nav-row, .big-button') ?? el;
        if (seen.has(box)) continue;
        seen.add(box);
        const r = box.getBoundingClientRect();
        if (r.height < minTap - 0.5 || r.width < minTap - 0.5)
          out.push({
            kind: 'tap',
            what: label(box),
            size: `${Math.round(r.width)}×${Math.round(r.height)}`,
          });
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const fontChecked = new Set<Element>();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || fontChecked.has(el) || !(n.textContent ?? '').trim()) continue;
        fontChecked.add(el);
        if (el.closest('script, style, noscript') || !visible(el)) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < minFont - 0.05) out.push({ kind: 'font', what: label(el), size: `${px}px` });
      }
      return out;
    },
    [minTap, minFont] as const,
  );
}

export interface PageReport {
  name: string;
  blocking: AxeViolation[];
  sizes: SizeProblem[];
}

/** Everything a journey asserts on a page: serious/critical axe violations and size problems. */
export async function checkPage(page: Page, name: string): Promise<PageReport> {
  const violations = await axeViolations(page);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return { name, blocking, sizes: await sizeProblems(page) };
}

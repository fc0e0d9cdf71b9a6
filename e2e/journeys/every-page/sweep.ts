// The every-page sweep, one part of it per test file: each page of the part opened in the h5
// build as a person who may open it, with no critical or serious axe-core violation (WCAG 2
// A/AA). Size problems and every violation are written to test-output/journeys/every-page-N.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { TestCloud } from '../../../local-cloud/testing';
import { launchBrowser, screenshot } from '../../browser';
import {
  axeViolations,
  sizeProblems,
  type AxeViolation,
  type SizeProblem,
} from '../../page-checks';
import { startJourneyCloud, visit } from '../cloud';
import { buildVisits, h5Pages, pagesOfPart, type Visit } from './visits';

export function sweep(part: number, of: number): void {
  let t: TestCloud;
  let browser: Browser;
  let visits: Record<string, Visit>;
  const report: {
    page: string;
    openid: string;
    violations: AxeViolation[];
    sizes: SizeProblem[];
  }[] = [];

  beforeAll(async () => {
    t = await startJourneyCloud();
    browser = await launchBrowser();
    visits = await buildVisits(t);
  }, 120_000);

  afterAll(async () => {
    const dir = path.resolve(__dirname, '..', '..', '..', 'test-output', 'journeys');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `every-page-${part}.json`), JSON.stringify(report, null, 2));
    await browser?.close();
    await t?.stop();
  });

  if (part === 1)
    it('knows how to open every page declared for h5, and the parts cover them all', async () => {
      const pages = await h5Pages();
      expect(pages.filter((p) => !Object.hasOwn(visits, p))).toEqual([]);
      expect(Object.keys(visits).filter((p) => !pages.includes(p))).toEqual([]);
      const parts = Array.from({ length: of }, (_, i) => pagesOfPart(i + 1, of)).flat();
      expect([...parts].sort()).toEqual([...pages].sort());
    });

  describe(`every page as a person who may open it (part ${part} of ${of})`, () => {
    // one test per page of the registry (dev-tools h5 build), so a failure names its page
    it.each(pagesOfPart(part, of))(
      '%s has no critical or serious axe-core violation',
      async (p) => {
        const { openid, query } = visits[p];
        const page = await visit(browser, t, openid, `/${p}${query}`);
        try {
          const violations = await axeViolations(page);
          report.push({ page: p, openid, violations, sizes: await sizeProblems(page) });
          await screenshot(page, `every-page-${p.replace(/\//g, '_')}`);
          expect(
            violations
              .filter((v) => v.impact === 'critical' || v.impact === 'serious')
              .map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.targets.join(' | ')}`),
          ).toEqual([]);
        } finally {
          await page.context().close();
        }
      },
      60_000,
    );
  });
}

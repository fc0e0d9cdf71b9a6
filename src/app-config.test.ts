// app.config.ts is the page registry's: every page it declares has its files, every URL the app or
// a function can build opens a declared page, and no page path is written outside the registry.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  allPagePaths,
  appPages,
  isTabUrl,
  pages,
  resolvePage,
  SUBPACKAGES,
  TAB_BAR,
} from '../domain/pages';

const ROOT = path.resolve(__dirname, '..');

interface AppConfigShape {
  pages: string[];
  subPackages: { root: string; pages: string[]; name?: string }[];
  tabBar: { list: { pagePath: string }[] };
  preloadRule?: Record<string, { packages: string[] }>;
  lazyCodeLoading?: string;
}

async function appConfigFor(env: 'weapp' | 'h5', devTools = false): Promise<AppConfigShape> {
  const saved = process.env.TARO_ENV;
  const savedDev = process.env.TARO_APP_DEV_TOOLS;
  process.env.TARO_ENV = env;
  process.env.TARO_APP_DEV_TOOLS = devTools ? '1' : '';
  // Taro injects defineAppConfig when it reads the file; stand in for it here
  (globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  let config: AppConfigShape | undefined;
  await jest.isolateModulesAsync(async () => {
    config = ((await import('./app.config')) as unknown as { default: AppConfigShape }).default;
  });
  process.env.TARO_ENV = saved;
  process.env.TARO_APP_DEV_TOOLS = savedDev;
  return config as AppConfigShape;
}

function declared(config: AppConfigShape): string[] {
  return [
    ...config.pages,
    ...config.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}${p}`)),
  ];
}

it('declares tab pages first and in tab-bar order; dev-login only in the dev-tools h5 build', async () => {
  const weapp = await appConfigFor('weapp');
  const h5 = await appConfigFor('h5');
  const h5Dev = await appConfigFor('h5', true);
  expect(weapp.tabBar.list.map((t) => t.pagePath)).toEqual(TAB_BAR.map((t) => t.page));
  expect(weapp.pages.slice(0, TAB_BAR.length)).toEqual(TAB_BAR.map((t) => t.page));
  expect(declared(h5Dev)).toContain(pages.main.devLogin.page);
  expect(declared(h5)).not.toContain(pages.main.devLogin.page);
  expect(declared(weapp)).not.toContain(pages.main.devLogin.page);
  expect(declared(await appConfigFor('weapp', true))).not.toContain(pages.main.devLogin.page);
  expect(declared(h5Dev).sort()).toEqual(allPagePaths().sort());
  expect(weapp.lazyCodeLoading).toBe('requiredComponents');
});

it('has a page file and a page config for every declared page of every build', async () => {
  for (const env of ['weapp', 'h5'] as const) {
    for (const page of declared(await appConfigFor(env))) {
      expect([page, existsSync(path.join(ROOT, 'src', `${page}.tsx`))]).toEqual([page, true]);
      expect([page, existsSync(path.join(ROOT, 'src', `${page}.config.ts`))]).toEqual([page, true]);
    }
  }
});

it('preloads only declared subpackages, from declared pages', async () => {
  const config = await appConfigFor('weapp');
  const names = new Set(config.subPackages.map((s) => s.name));
  for (const [from, rule] of Object.entries(config.preloadRule ?? {})) {
    expect(config.pages).toContain(from);
    for (const p of rule.packages) expect(names).toContain(p);
  }
});

it('builds URLs that resolve to declared pages, with their queries encoded', () => {
  const every = Object.entries(pages).flatMap(([, group]) => Object.values(group));
  for (const build of every) expect(allPagePaths()).toContain(build.page);
  const url = pages.events.detail({ id: 'e 1&x' });
  expect(url).toBe('/packages/events/pages/detail/index?id=e%201%26x');
  expect(resolvePage(url)).toEqual({
    page: 'packages/events/pages/detail/index',
    query: { id: 'e 1&x' },
  });
  // subscription messages take the page without its leading slash
  expect(resolvePage(url.slice(1))?.page).toBe('packages/events/pages/detail/index');
  expect(pages.welfare.scan()).toBe('/packages/welfare/pages/scan/index');
  expect(pages.welfare.scan({ batchId: undefined })).toBe('/packages/welfare/pages/scan/index');
});

it('refuses URLs of pages that do not exist or lack a required query', () => {
  expect(resolvePage('/packages/events/pages/nope/index')).toBeNull();
  expect(resolvePage('/packages/events/pages/detail/index')).toBeNull();
  expect(resolvePage('/packages/events/pages/detail/index?id=')).toBeNull();
  expect(resolvePage('/packages/admin/pages/roster-person/index?constructor=1')).toBeNull();
});

it('tells tab urls from others', () => {
  expect(isTabUrl(pages.tabs.me())).toBe(true);
  expect(isTabUrl(`${pages.tabs.me()}?x=1`)).toBe(true);
  expect(isTabUrl(pages.account.bind())).toBe(false);
  expect(isTabUrl(pages.admin.index())).toBe(false);
});

it('keeps subpackage roots unique folders under src/packages', () => {
  const roots = Object.values(SUBPACKAGES).map((s) => s.root);
  expect(new Set(roots).size).toBe(roots.length);
  for (const r of roots) expect(r).toMatch(/^packages\/[a-z-]+\/$/);
  expect(appPages(false).subPackages.map((s) => s.root)).toEqual(roots);
});

it('writes no page path outside the registry (app, functions, local cloud)', () => {
  const files = execFileSync(
    'git',
    ['ls-files', 'src', 'cloudfunctions', 'local-cloud', 'domain'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$|\.config\.ts$/.test(f))
    .filter((f) => f !== 'domain/pages.ts' && existsSync(path.join(ROOT, f)));
  const literal = /['"`]\/?(?:pages|packages\/[a-z-]+\/pages)\/[a-z-]+\/index/;
  const offenders = files.filter((f) => literal.test(readFileSync(path.join(ROOT, f), 'utf8')));
  expect(offenders).toEqual([]);
});

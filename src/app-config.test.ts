// app.config.ts and routes.ts agree: every URL the app navigates to is a declared page, per build.
import { MAIN_PAGES, SUBPACKAGES, TAB_PAGES, URLS } from './routes';

interface AppConfigShape {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
  tabBar: { list: { pagePath: string }[] };
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

function declaredUrls(config: AppConfigShape): string[] {
  return [
    ...config.pages.map((p) => `/${p}`),
    ...config.subPackages.flatMap((s) => s.pages.map((p) => `/${s.root}${p}`)),
  ];
}

it('declares the tab pages in order, in the main package', async () => {
  const config = await appConfigFor('weapp');
  expect(config.tabBar.list.map((t) => t.pagePath)).toEqual(Object.values(TAB_PAGES));
  expect(config.pages.slice(0, 4)).toEqual(Object.values(TAB_PAGES));
});

it('declares every URL the app goes to (dev-login in the dev-tools h5 build only)', async () => {
  const weapp = declaredUrls(await appConfigFor('weapp'));
  const h5 = declaredUrls(await appConfigFor('h5'));
  const h5Dev = declaredUrls(await appConfigFor('h5', true));
  for (const url of Object.values(URLS)) {
    expect(h5Dev).toContain(url);
    if (url !== URLS.devLogin) expect(weapp).toContain(url);
    if (url !== URLS.devLogin) expect(h5).toContain(url);
  }
  expect(weapp).not.toContain(URLS.devLogin);
  expect(h5).not.toContain(URLS.devLogin);
  expect(await appConfigFor('weapp', true).then(declaredUrls)).not.toContain(URLS.devLogin);
});

it('keeps routes.ts subpackages in step with app.config', async () => {
  const config = await appConfigFor('weapp');
  for (const sub of Object.values(SUBPACKAGES)) {
    expect(config.subPackages.find((s) => s.root === sub.root)?.pages).toEqual(
      expect.arrayContaining(Object.values(sub.pages)),
    );
  }
  expect(MAIN_PAGES.bind).toBe('pages/bind/index');
});

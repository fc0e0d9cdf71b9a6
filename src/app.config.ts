// Pages, subpackages and the tab bar, generated from the page registry (domain/pages.ts): tab
// pages and what they need at once live in the main package; everything else in a subpackage.
import { appPages, SUBPACKAGES, TAB_BAR } from '../domain/pages';

const isH5 = process.env.TARO_ENV === 'h5';
/** the local cloud's dev tools (dev-login): only in an h5 build made with TARO_APP_DEV_TOOLS=1 */
const devTools = isH5 && process.env.TARO_APP_DEV_TOOLS === '1';
const { pages, subPackages } = appPages(devTools);
const names = Object.fromEntries(Object.entries(SUBPACKAGES).map(([name, s]) => [s.root, name]));

export default defineAppConfig({
  pages,
  // `name` lets preloadRule refer to a subpackage without its root's spelling
  subPackages: subPackages.map((s) => ({ ...s, name: names[s.root] })),
  // load a page's components when the page needs them, not all at start-up
  lazyCodeLoading: 'requiredComponents',
  // the subpackages people open next from each tab, fetched while they look at the tab
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['notify', 'walkathon'] },
    'pages/events/index': { network: 'all', packages: ['events'] },
    'pages/welfare/index': { network: 'all', packages: ['welfare'] },
    'pages/me/index': { network: 'all', packages: ['notify'] },
  },
  window: {
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '智慧工会',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f3f1',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#45454a',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: TAB_BAR.map((t) => ({ pagePath: t.page, text: t.text })),
  },
});

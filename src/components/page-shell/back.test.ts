// h5 sub-pages get a back button; tab pages and weapp (which has its own) do not.
import { pages } from '../../../domain/pages';
import { URLS } from '../../routes';
import { needsBackButton } from './back';

it('shows on h5 sub-pages only', () => {
  expect(needsBackButton('h5', '/packages/clubs/pages/index/index')).toBe(true);
  expect(needsBackButton('h5', 'packages/events/pages/pass/index?id=x')).toBe(true);
  expect(needsBackButton('h5', URLS.welfare)).toBe(false);
  expect(needsBackButton('h5', `${pages.tabs.home()}?from=share`)).toBe(false);
  expect(needsBackButton('weapp', '/packages/clubs/pages/index/index')).toBe(false);
  expect(needsBackButton('h5', undefined)).toBe(false);
});

// Whether a page gets our own back button: on h5 every page that is not a tab page (Taro's h5
// back element is 0×0, so without ours the only way back is the browser's).
import { isTabUrl } from '../../routes';

export function needsBackButton(env: string | undefined, path: string | undefined): boolean {
  if (env !== 'h5' || !path) return false;
  const url = path.startsWith('/') ? path : `/${path}`;
  return !isTabUrl(url);
}

// The dev routes under /api/dev/: small handlers registered by the local cloud and by features
// (who can I act as, WeRun simulator, outbox, fire a timer). Local mode only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CloudEmulator } from '../emulator';

export interface DevRequest {
  req: IncomingMessage;
  res: ServerResponse;
  params: string[];
  url: URL;
  emulator: CloudEmulator;
}

export interface DevRoute {
  method: 'GET' | 'POST';
  /** matched against the path after /api/dev, e.g. /^\/timer\/([a-z-]+)$/ */
  path: RegExp;
  handle(r: DevRequest): Promise<void>;
}

export const devRoutes: DevRoute[] = [];

export function addDevRoute(route: DevRoute): void {
  devRoutes.push(route);
}

export function findDevRoute(
  method: string,
  subpath: string,
): { route: DevRoute; params: string[] } | null {
  for (const route of devRoutes) {
    if (route.method !== method) continue;
    const m = route.path.exec(subpath);
    if (m) return { route, params: m.slice(1) };
  }
  return null;
}

// The one database handle. Production: the function's own CloudBase environment. Local: the same
// call, pointed at the local cloud by environment variables the local cloud sets (PLATFORM.md).
import tcb from '@cloudbase/node-sdk';

type App = ReturnType<typeof tcb.init>;
export type Db = ReturnType<App['database']>;

let app: App | undefined;

export function getApp(): App {
  app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  return app;
}

export function getDb(): Db {
  return getApp().database();
}

export { tcb };

// `npm start`: build the h5 app if it is missing or stale, then start the local cloud serving it.
import { ensureH5Build } from './lib/h5-build';

ensureH5Build()
  .then(() => import('../local-cloud/main'))
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });

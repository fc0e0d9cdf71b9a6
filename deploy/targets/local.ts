// The local cloud as a deploy target: collections are created through the real SDK
// (db.createCollection, as on CloudBase), indexes are the emulator's own from the plan. Functions
// run from source in the gateway, and local clients never touch the database, so rules, storage
// rules and functions are not its parts.
import type { Db } from '../../cloudfunctions/_kit/db';
import type { CloudEmulator } from '../../local-cloud/emulator';
import type { DeployTarget } from '../target';

const unsupported = (what: string) => () =>
  Promise.reject(new Error(`the local cloud does not take ${what} from the plan`));

export function localTarget(db: Db, emulator: CloudEmulator): DeployTarget {
  return {
    name: '本地云',
    parts: new Set(['collections', 'indexes'] as const),
    listCollections: async () => emulator.collectionNames(),
    async createCollection(name) {
      try {
        await db.createCollection(name);
      } catch (e) {
        // created meanwhile by someone else: the end state is the same
        if ((e as { code?: string }).code !== 'DATABASE_COLLECTION_ALREADY_EXIST') throw e;
      }
    },
    listIndexes: async (collection) => emulator.indexNames(collection),
    createIndex: unsupported('new indexes while running (they are set when it opens)'),
    getCollectionRule: unsupported('security rules'),
    setCollectionRule: unsupported('security rules'),
    getStorageRule: unsupported('storage rules'),
    setStorageRule: unsupported('storage rules'),
    getFunction: unsupported('functions'),
    createFunction: unsupported('functions'),
    updateFunctionCode: unsupported('functions'),
    updateFunctionConfig: unsupported('functions'),
    setTriggers: unsupported('functions'),
  };
}

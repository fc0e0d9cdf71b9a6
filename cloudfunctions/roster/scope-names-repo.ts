// Names for the scopes in role grants (events, clubs, departments, welfare batches, congresses),
// so 人员与角色 says "社团 书法协会", not "社团 club-calligraphy". One read per kind present.
import { COLLECTIONS } from '../../database/collections';
import type { RoleGrant } from '../../domain/account/roles';
import type { Db } from '../_kit/db';

type ScopeKey = 'eventId' | 'clubId' | 'departmentId' | 'batchId' | 'congressId';

const SOURCES: { key: ScopeKey; collection: string; field: 'title' | 'name' }[] = [
  { key: 'eventId', collection: COLLECTIONS.events, field: 'title' },
  { key: 'clubId', collection: COLLECTIONS.clubs, field: 'name' },
  { key: 'departmentId', collection: COLLECTIONS.departments, field: 'name' },
  { key: 'batchId', collection: COLLECTIONS.welfareBatches, field: 'name' },
  { key: 'congressId', collection: COLLECTIONS.congresses, field: 'name' },
];

export interface ScopeName {
  id: string;
  name: string;
}

/** The names of every scope id in `grants` that has a document; unknown ids are left out. */
export async function scopeNames(db: Db, grants: readonly RoleGrant[]): Promise<ScopeName[]> {
  const reads = SOURCES.map(async ({ key, collection, field }) => {
    const ids = [...new Set(grants.map((g) => g[key]).filter((v): v is string => Boolean(v)))];
    if (ids.length === 0) return [];
    const res = await db
      .collection(collection)
      .where({ _id: db.command.in(ids.slice(0, 100)) })
      .field({ _id: true, [field]: true })
      .limit(100)
      .get();
    return (res.data as Record<string, unknown>[])
      .map((d) => ({ id: String(d._id), name: typeof d[field] === 'string' ? d[field] : '' }))
      .filter((n) => n.name);
  });
  return (await Promise.all(reads)).flat();
}

// The emulator's durable state: one SQLite file (WAL) in the data dir, held exclusively by one
// process, with a lock file that names the holder. Each request's writes are one SQLite transaction.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DB_FILE = 'cloud.sqlite';
export const LOCK_FILE = 'cloud.lock';
const FORMAT = 'union-hub-cloudbase-emulator';
const VERSION = '1';

export interface StoredRow {
  coll: string;
  key: string;
  ord: number;
  seq: number;
  json: string;
}

/** One document write: `json` null deletes the document. */
export interface RowWrite {
  coll: string;
  key: string;
  ord: number;
  seq: number;
  json: string | null;
}

export class DataDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirError';
  }
}

function sqliteCode(e: unknown): string {
  return (e as { code?: unknown }).code ? String((e as { code: unknown }).code) : '';
}

function lockHolder(lockPath: string): string {
  try {
    const pid = readFileSync(lockPath, 'utf8').trim();
    return pid ? `process ${pid}` : 'another process';
  } catch {
    return 'another process';
  }
}

export class Storage {
  private constructor(
    private readonly db: Database.Database,
    private readonly lockPath: string,
  ) {
    this.upsert = db.prepare(
      'INSERT INTO docs (coll, key, ord, seq, json) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (coll, key) DO UPDATE SET seq = excluded.seq, json = excluded.json',
    );
    this.remove = db.prepare('DELETE FROM docs WHERE coll = ? AND key = ?');
    this.addColl = db.prepare('INSERT OR IGNORE INTO collections (name) VALUES (?)');
    this.writeTx = db.transaction((rows: RowWrite[], newCollections: string[]) => {
      for (const name of newCollections) this.addColl.run(name);
      for (const r of rows) {
        if (r.json === null) this.remove.run(r.coll, r.key);
        else this.upsert.run(r.coll, r.key, r.ord, r.seq, r.json);
      }
    });
  }

  private readonly upsert: Database.Statement;
  private readonly remove: Database.Statement;
  private readonly addColl: Database.Statement;
  private readonly writeTx: (rows: RowWrite[], newCollections: string[]) => void;
  private closed = false;

  /**
   * Opens (creating if missing) the data dir. Throws a DataDirError when another process (or
   * another emulator in this one) holds it, or when the database file is not a sound emulator
   * database — it is never reset.
   */
  static open(dataDir: string): Storage {
    const dir = path.resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new DataDirError(`${dir} is not a directory`);
    const file = path.join(dir, DB_FILE);
    const lockPath = path.join(dir, LOCK_FILE);
    let db: Database.Database;
    try {
      db = new Database(file, { timeout: 0 });
    } catch (e) {
      throw new DataDirError(
        `cannot open the local cloud database ${file}: ${(e as Error).message}`,
      );
    }
    try {
      // EXCLUSIVE: the first write takes an OS-level lock that is held until close and dies with
      // the process, so a stale lock file of a killed process never blocks a restart.
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a committed transaction survives the process being killed
      db.pragma('synchronous = NORMAL');
      Storage.ensureSchema(db, file);
    } catch (e) {
      db.close();
      if (e instanceof DataDirError) throw e;
      const code = sqliteCode(e);
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
        throw new DataDirError(
          `the local cloud data dir ${dir} is in use by ${lockHolder(lockPath)}; stop it first or use another data dir`,
        );
      }
      if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
        throw new DataDirError(
          `the local cloud database ${file} is corrupt (${(e as Error).message}); it was left untouched — move it away or restore a backup`,
        );
      }
      throw new DataDirError(
        `cannot open the local cloud database ${file}: ${(e as Error).message}`,
      );
    }
    writeFileSync(lockPath, `${process.pid}\n`);
    return new Storage(db, lockPath);
  }

  private static ensureSchema(db: Database.Database, file: string): void {
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    if (tables.length > 0) {
      const format = tables.includes('meta')
        ? (db.prepare("SELECT v FROM meta WHERE k = 'format'").get() as { v: string } | undefined)
            ?.v
        : undefined;
      if (format !== FORMAT || !tables.includes('docs') || !tables.includes('collections')) {
        throw new DataDirError(
          `${file} is not a local cloud database (tables: ${tables.join(', ')}); it was left untouched`,
        );
      }
    }
    // the first write also takes the exclusive lock (SQLITE_BUSY here: someone else holds it)
    db.exec(`
      BEGIN IMMEDIATE;
      CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS docs (
        coll TEXT NOT NULL, key TEXT NOT NULL, ord INTEGER NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL,
        PRIMARY KEY (coll, key)
      ) WITHOUT ROWID;
      INSERT OR IGNORE INTO meta (k, v) VALUES ('format', '${FORMAT}'), ('version', '${VERSION}');
      INSERT OR REPLACE INTO meta (k, v) VALUES ('opened_at', '${new Date().toISOString()}');
      COMMIT;
    `);
  }

  collections(): string[] {
    return (this.db.prepare('SELECT name FROM collections').all() as { name: string }[]).map(
      (r) => r.name,
    );
  }

  /** Every stored document, collection by collection in insertion order. */
  rows(): IterableIterator<StoredRow> {
    return this.db
      .prepare('SELECT coll, key, ord, seq, json FROM docs ORDER BY coll, ord')
      .iterate() as IterableIterator<StoredRow>;
  }

  /** Persists one request's writes atomically; returns only once SQLite has committed them. */
  write(rows: RowWrite[], newCollections: string[] = []): void {
    if (rows.length === 0 && newCollections.length === 0) return;
    this.writeTx(rows, newCollections);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
    try {
      if (
        existsSync(this.lockPath) &&
        readFileSync(this.lockPath, 'utf8').trim() === String(process.pid)
      ) {
        unlinkSync(this.lockPath);
      }
    } catch {
      // the lock file is only informational; the SQLite lock was released by close()
    }
  }
}

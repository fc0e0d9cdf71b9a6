// The data dir: acknowledged writes survive kill -9 of the process serving them, a live holder
// keeps others out, a dead one's stale lock is taken over, and a corrupt database is refused, never reset.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CloudEmulator } from '../index';
import { DB_FILE, LOCK_FILE } from '../storage';
import { sdkDb, serve, stopServer, tempDataDir, type SdkTransaction } from '../harness';

const REPO = path.resolve(__dirname, '../../..');
const dirs: string[] = [];

function freshDir(): string {
  const d = tempDataDir();
  dirs.push(d);
  return d;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function startChild(dataDir: string): Promise<{ child: ChildProcess; adminUrl: string }> {
  // node itself with tsx's loader, so that the pid we kill is the process holding the data dir
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'fixtures/serve.ts'), dataDir],
    {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) resolve({ child, adminUrl: m[1] });
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => reject(new Error(`fixture exited with ${code}: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.on('exit', () => resolve());
  });
}

it('keeps acknowledged writes through kill -9, refuses a second holder, and takes over the stale lock', async () => {
  const dataDir = freshDir();
  const { child, adminUrl } = await startChild(dataDir);
  try {
    const db = sdkDb(adminUrl);
    const _ = db.command;
    await db.collection('events').add([
      { _id: 'e1', seats: 30 },
      { _id: 'e2', seats: 5 },
    ]);
    for (let i = 0; i < 20; i++) {
      expect(
        (
          await db
            .collection('events')
            .where({ _id: 'e1', seats: _.gt(0) })
            .update({ seats: _.inc(-1) })
        ).updated,
      ).toBe(1);
    }
    await db.collection('events').doc('e2').remove();
    await db.collection('events').add({ _id: 'e3', at: new Date('2025-01-02T03:04:05.000Z') });
    await db.runTransaction(async (tx: SdkTransaction) => {
      await tx.collection('events').doc('e3').update({ seats: 3 });
      await tx.collection('signups').add({ _id: 's1', event: 'e3' });
    });

    // the live child holds the dir
    expect(() => CloudEmulator.open({ dataDir })).toThrow(
      new RegExp(`in use by process ${child.pid}`),
    );
  } finally {
    child.kill('SIGKILL');
    await exited(child);
  }
  expect(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(child.pid));

  const emulator = CloudEmulator.open({ dataDir });
  const reopened = await serve(emulator);
  try {
    const db = sdkDb(reopened.adminUrl);
    const events = await db.collection('events').get();
    expect(events.data).toEqual([
      { _id: 'e1', seats: 10 },
      { _id: 'e3', at: new Date('2025-01-02T03:04:05.000Z'), seats: 3 },
    ]);
    expect((await db.collection('signups').doc('s1').get()).data).toEqual([
      { _id: 's1', event: 'e3' },
    ]);
    expect(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
  } finally {
    await stopServer(reopened.server);
    emulator.close();
  }
  expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
}, 30_000);

it('creates a missing data dir, and reopens it after close with the data and natural order kept', async () => {
  const dataDir = path.join(freshDir(), 'nested', 'dir');
  const first = CloudEmulator.open({ dataDir });
  // created once; after a restart it exists because the data dir remembers it
  await first.handle({ action: 'database.addCollection', collectionName: 'c' });
  for (const id of ['z', 'a', 'm']) {
    await first.handle({
      action: 'database.insertDocument',
      collectionName: 'c',
      data: [JSON.stringify({ _id: id })],
    });
  }
  // a second emulator in this same process is kept out too
  expect(() => CloudEmulator.open({ dataDir })).toThrow(/in use/);
  first.close();
  const second = CloudEmulator.open({ dataDir });
  const res = await second.handle({
    action: 'database.getDocument',
    collectionName: 'c',
    queryType: 'WHERE',
  });
  expect((res.data as { list: string[] }).list.map((s) => JSON.parse(s)._id)).toEqual([
    'z',
    'a',
    'm',
  ]);
  second.close();
});

it('refuses a corrupt database file with a clear error and leaves it untouched', () => {
  const dataDir = freshDir();
  const file = path.join(dataDir, DB_FILE);
  writeFileSync(file, 'this is not a database, just garbage bytes '.repeat(200));
  const before = readFileSync(file);
  expect(() => CloudEmulator.open({ dataDir })).toThrow(/corrupt.*left untouched/);
  expect(readFileSync(file).equals(before)).toBe(true);
});

it('refuses a SQLite file that is not an emulator database', () => {
  const dataDir = freshDir();
  mkdirSync(dataDir, { recursive: true });
  const other = new Database(path.join(dataDir, DB_FILE));
  other.exec('CREATE TABLE users (id INTEGER PRIMARY KEY)');
  other.close();
  expect(() => CloudEmulator.open({ dataDir })).toThrow(/not a local cloud database/);
});

// Bundles a cloud function with esbuild the way `npm run build:functions` does (the SDK stays
// external), cached on disk by the inputs' size and mtime, so each instance runs the deployed code.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Inside node_modules so the bundle's require('@cloudbase/node-sdk') resolves as it would deployed. */
export const BUNDLE_CACHE_DIR = path.join(
  REPO_ROOT,
  'node_modules',
  '.cache',
  'union-hub-functions',
);
// bump when the options below change, so old cached bundles are not reused
const OPTIONS_VERSION = 1;
/** Packages the platform installs from package.json (see scripts/build-functions.ts). */
const EXTERNAL = ['@cloudbase/node-sdk', 'wx-server-sdk'];

interface Meta {
  version: number;
  entry: string;
  inputs: Record<string, string>;
}

function stamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function slug(entry: string): string {
  const rel = path.relative(REPO_ROOT, entry);
  return rel.replace(/[^A-Za-z0-9]+/g, '_');
}

function fresh(metaFile: string, bundleFile: string, entry: string): boolean {
  if (!existsSync(metaFile) || !existsSync(bundleFile)) return false;
  try {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
    if (meta.version !== OPTIONS_VERSION || meta.entry !== entry) return false;
    return Object.entries(meta.inputs).every(([file, s]) => stamp(file) === s);
  } catch {
    return false;
  }
}

const building = new Map<string, Promise<string>>();

/** Path of an up-to-date bundle of `entry` (a function's index.ts), building it when needed. */
export function functionBundle(entry: string): Promise<string> {
  const key = slug(entry);
  const bundleFile = path.join(BUNDLE_CACHE_DIR, `${key}.js`);
  const metaFile = path.join(BUNDLE_CACHE_DIR, `${key}.meta.json`);
  if (fresh(metaFile, bundleFile, entry)) return Promise.resolve(bundleFile);
  // one build at a time per entry in this process; other processes may build it too (renames are atomic)
  let pending = building.get(key);
  if (!pending) {
    pending = buildBundle(entry, bundleFile, metaFile).finally(() => building.delete(key));
    building.set(key, pending);
  }
  return pending;
}

async function buildBundle(entry: string, bundleFile: string, metaFile: string): Promise<string> {
  mkdirSync(BUNDLE_CACHE_DIR, { recursive: true });
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    external: EXTERNAL,
    logLevel: 'silent',
    write: false,
    metafile: true,
    outfile: bundleFile,
    absWorkingDir: REPO_ROOT,
  });
  const inputs: Record<string, string> = {};
  for (const rel of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(REPO_ROOT, rel);
    inputs[file] = stamp(file);
  }
  const tmp = `${bundleFile}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, bundleFile);
  const meta: Meta = { version: OPTIONS_VERSION, entry, inputs };
  writeFileSync(`${metaFile}.${process.pid}.tmp`, JSON.stringify(meta));
  renameSync(`${metaFile}.${process.pid}.tmp`, metaFile);
  return bundleFile;
}

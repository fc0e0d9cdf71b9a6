// A function's deploy facts as its folder declares them in config.json, parsed and checked.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const FUNCTIONS_ROOT = path.resolve(__dirname, '..', 'cloudfunctions');

const trigger = z.object({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/),
  type: z.literal('timer'),
  // CloudBase timers: 7 fields — second minute hour day month weekday year (UTC+8)
  config: z.string().refine((c) => c.trim().split(/\s+/).length === 7, '定时触发器需要 7 个字段'),
});

export const functionConfig = z
  .object({
    timeout: z.number().int().min(1).max(900).default(3),
    memorySize: z
      .number()
      .int()
      .refine((m) => [128, 256, 512, 1024, 2048].includes(m), '内存只能是 128/256/512/1024/2048')
      .default(256),
    // CloudBase allows one timer trigger per function
    triggers: z.array(trigger).max(1).default([]),
    permissions: z.object({ openapi: z.array(z.string()).optional() }).default({}),
    /** the NAMES of the environment variables the function reads (values come at deploy) */
    env: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).default([]),
  })
  .strict();

export type FunctionConfig = z.infer<typeof functionConfig>;

/** Function names: folders with an index.ts, not starting with "_". */
export function listFunctionNames(root = FUNCTIONS_ROOT): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        !d.name.startsWith('_') &&
        existsSync(path.join(root, d.name, 'index.ts')),
    )
    .map((d) => d.name)
    .sort();
}

export function readFunctionConfig(name: string, root = FUNCTIONS_ROOT): FunctionConfig {
  const file = path.join(root, name, 'config.json');
  const raw: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const parsed = functionConfig.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `cloudfunctions/${name}/config.json: ${first.path.join('.') || '(root)'} — ${first.message}`,
    );
  }
  return parsed.data;
}

// Runs a command with inherited output and resolves with its exit code.
import { spawn } from 'node:child_process';

export function run(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

export const bin = (name: string) => `node_modules/.bin/${name}`;

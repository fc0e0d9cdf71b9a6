// `npm test`: typecheck, lint, formatting, then every jest project (rules, functions, local cloud,
// app, end to end). Stops at the first failing step. Extra arguments go to jest.
import { availableParallelism } from 'node:os';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureBrowserDeps, INSTALL_LINE } from './lib/browser-deps';
import { bin, run } from './lib/run';

async function step(name: string, cmd: string, args: string[]): Promise<void> {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const code = await run(cmd, args);
  console.log(
    `  ${name}: ${code === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (code !== 0) process.exit(code);
}

async function main(): Promise<void> {
  const jestArgs = process.argv.slice(2);
  if (jestArgs.length === 0) {
    await step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
    await step('lint', bin('eslint'), ['.', '--max-warnings=0']);
    await step('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
  }
  const e2eAsked = jestArgs.length === 0 || jestArgs.some((a) => a.includes('e2e'));
  if (e2eAsked && !ensureBrowserDeps()) {
    console.error(`\n浏览器测试需要 Chromium 和中文字体，请先运行（root）：${INSTALL_LINE}`);
    process.exit(1);
  }
  mkdirSync('test-output', { recursive: true });
  console.log('\n▶ jest');
  // Most of a suite's time is spent waiting on the local cloud and Chromium, not computing: two
  // workers on a 2-core machine (jest's default there is one) run independent suites side by side.
  const workers = jestArgs.some((a) => a.startsWith('--maxWorkers') || a === '-w')
    ? []
    : [`--maxWorkers=${Math.max(2, availableParallelism())}`];
  const code = await run(bin('jest'), [
    '--json',
    '--outputFile=test-output/jest.json',
    ...workers,
    ...jestArgs,
  ]);
  try {
    const r = JSON.parse(readFileSync('test-output/jest.json', 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
    };
    console.log(
      `\njest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`,
    );
  } catch {
    console.log('\njest: no results were written');
  }
  process.exit(code);
}

main();

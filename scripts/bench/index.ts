// `npm run bench [-- <scenario>…]`: runs benchmark scenarios and prints their numbers as JSON.
// Budgets are checked by each scenario's invariants, never by timing assertions in unit tests.
import { SCENARIOS } from './scenarios';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SCENARIOS.some((s) => s.name === w));
  if (unknown.length) {
    console.error(
      `没有这些场景：${unknown.join(', ')}。可选：${SCENARIOS.map((s) => s.name).join(', ')}`,
    );
    process.exit(2);
  }
  process.env.UNION_HUB_LOG ??= 'silent';
  const chosen = wanted.length ? SCENARIOS.filter((s) => wanted.includes(s.name)) : SCENARIOS;
  let failed = false;
  for (const s of chosen) {
    console.log(`\n▶ ${s.name}: ${s.describe}`);
    try {
      const result = await s.run();
      console.log(JSON.stringify(result, null, 2));
      if (result.invariantsHold === false) failed = true;
    } catch (e) {
      failed = true;
      console.error(`  ${s.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main();

// `npm run doctor`: the production preflight (deploy/doctor.ts). Exits non-zero when a setting is
// unusable, naming it and saying where to set it.
import path from 'node:path';
import { runDoctor } from '../deploy/doctor';
import { buildPlan } from '../deploy/plan';

const root = path.resolve(__dirname, '..');
const report = runDoctor(buildPlan(), root);
console.log('正式环境设置检查');
for (const line of report.lines) console.log(line);
console.log(report.ok ? '\n全部就绪。' : '');
process.exit(report.ok ? 0 : 1);

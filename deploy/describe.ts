// The plan in words, for `npm run deploy -- --dry-run`.
import type { DeployPlan } from './plan';

export function describePlan(plan: DeployPlan): string[] {
  const lines = [
    `运行环境：${plan.runtime}`,
    `集合（${plan.collections.length} 个，客户端一律不可读写，只有云函数可以）：`,
    `  ${plan.collections.join(' ')}`,
    `索引（${plan.indexes.length} 个）：`,
    ...plan.indexes.map(
      (i) => `  ${i.collection}.${i.name} (${i.fields.join(', ')})${i.unique ? ' 唯一' : ''}`,
    ),
    `云存储：客户端不可读写（文件只经云函数给出的临时链接）`,
    `云函数（${plan.functions.length} 个）：`,
  ];
  for (const f of plan.functions) {
    const triggers = f.triggers.map((t) => `定时 ${t.name} "${t.config}"`).join('，');
    lines.push(
      `  ${f.name.padEnd(10)} 超时 ${f.timeout}s 内存 ${f.memorySize}MB` +
        (triggers ? `，${triggers}` : '') +
        (f.openapi.length ? `，云调用 ${f.openapi.join('、')}` : '') +
        (f.env.length ? `，环境变量 ${f.env.join(' ')}` : ''),
    );
  }
  return lines;
}

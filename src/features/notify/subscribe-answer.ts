// Reading a subscribe answer: which kinds were accepted. Only an explicit 'accept' for the template
// id counts — Taro H5's stub "succeeds" with errMsg "…暂时不支持 API" and no per-template answer.
import type { NoticeKind } from '../../../domain/notify/notice';

export interface AskedTemplate {
  kind: NoticeKind;
  templateId: string;
  name: string;
}

export type SubscribeResult = { kind: NoticeKind; result: 'accept' | 'reject' };

export function readWeappAnswer(asked: AskedTemplate[], answer: unknown): SubscribeResult[] {
  const a = (answer ?? {}) as Record<string, unknown>;
  if (typeof a.errMsg === 'string' && !/:ok$/.test(a.errMsg)) {
    return asked.map((t) => ({ kind: t.kind, result: 'reject' }));
  }
  return asked.map((t) => ({
    kind: t.kind,
    result: a[t.templateId] === 'accept' ? 'accept' : 'reject',
  }));
}

/** At most 3 templates per ask (WeChat's limit), one per template id, in the order given. */
export function pickTemplates(templates: AskedTemplate[], kinds: NoticeKind[]): AskedTemplate[] {
  const seen = new Set<string>();
  const out: AskedTemplate[] = [];
  for (const kind of kinds) {
    const t = templates.find((x) => x.kind === kind);
    if (!t || seen.has(t.templateId)) continue;
    seen.add(t.templateId);
    out.push(t);
    if (out.length === 3) break;
  }
  return out;
}

// My inbox, reading it, the subscribe answers (quota ledger) and the template ids to ask for.
import type { z } from 'zod';
import type { readInput, subscribeInput, templatesInput } from '../../domain/notify/contract';
import { NOTICE_KINDS, type NoticeKind } from '../../domain/notify/notice';
import { acceptedTemplates } from '../../domain/notify/rules';
import { TEMPLATES, templateIdOf } from '../../domain/notify/templates';
import { VisibleError, type CallContext } from '../_kit';
import { countUnread, listInbox, markRead } from './inbox-repo';
import { addQuota, quotaLeft } from './quota-repo';

const env = () => process.env;

export async function inbox(ctx: CallContext) {
  const me = ctx.me();
  const [docs, unread] = await Promise.all([
    listInbox(ctx.db, me.staffNo),
    countUnread(ctx.db, me.staffNo),
  ]);
  return {
    items: docs.map((d) => ({
      id: d._id,
      kind: d.kind,
      title: d.title,
      body: d.body,
      createdAt: d.createdAt.toISOString(),
      read: d.read,
      page: d.page,
    })),
    unread,
  };
}

export async function read(input: z.output<typeof readInput>, ctx: CallContext) {
  const me = ctx.me();
  await markRead(ctx.db, me.staffNo, 'id' in input ? input.id : null, ctx.now);
  return { unread: await countUnread(ctx.db, me.staffNo) };
}

export async function subscribe(input: z.output<typeof subscribeInput>, ctx: CallContext) {
  const me = ctx.me();
  if (!ctx.openid) throw new VisibleError('auth.unbound', '请在微信里打开小程序再订阅消息。');
  const accepted = acceptedTemplates(input.templates, (k) => templateIdOf(k, env()));
  for (const a of accepted) await addQuota(ctx.db, ctx.openid, me.staffNo, a.templateId, ctx.now);
  const kinds = [...new Set(input.templates.map((t) => t.kind))];
  const ids = new Map(kinds.map((k) => [k, templateIdOf(k, env())]));
  const left = await quotaLeft(ctx.db, ctx.openid, [
    ...new Set([...ids.values()].filter((v): v is string => !!v)),
  ]);
  return {
    accepted: accepted.length,
    quota: kinds.map((kind) => ({ kind, left: left.get(ids.get(kind) ?? '') ?? 0 })),
  };
}

export async function templates(input: z.output<typeof templatesInput>) {
  const kinds: readonly NoticeKind[] = input.kinds?.length ? input.kinds : NOTICE_KINDS;
  return {
    templates: kinds.flatMap((kind) => {
      const templateId = templateIdOf(kind, env());
      return templateId ? [{ kind, templateId, name: TEMPLATES[kind].name }] : [];
    }),
  };
}

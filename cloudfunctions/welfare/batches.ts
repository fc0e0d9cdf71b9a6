// Batches: create and edit (admins), list, and the current batches as the 福利 tab shows them.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { VisibleError } from '../../domain/errors';
import type { BatchView, createBatchInput, updateBatchInput } from '../../domain/welfare/contract';
import { eligibility, phaseOf } from '../../domain/welfare/rules';
import { tempUrls, type CallContext } from '../_kit';
import { editBatch, getBatch, insertBatch, listBatches, type BatchDoc } from './batch-repo';

const DAY_MS = 24 * 60 * 60 * 1000;

export function summary(b: BatchDoc, now: Date) {
  return {
    batchId: b._id,
    name: b.name,
    claimOpenAt: b.claimOpenAt.toISOString(),
    claimCloseAt: b.claimCloseAt.toISOString(),
    phase: phaseOf(b, now),
    status: b.status,
  };
}

/** Display URLs of the uploaded gift photos of these batches (one SDK call per 50). */
export function photoUrlsOf(batches: readonly BatchDoc[]): Promise<Map<string, string>> {
  return tempUrls(batches.flatMap((b) => Object.values(b.photos).map((p) => p.fileId)));
}

export function optionsOut(b: BatchDoc, urls: Map<string, string>) {
  return b.options.map((o) => ({
    optionId: o.id,
    name: o.name,
    description: o.description,
    // an uploaded photo wins over a typed-in picture address
    imageUrl: (Object.hasOwn(b.photos, o.id) && urls.get(b.photos[o.id].fileId)) || o.imageUrl,
    valueFen: o.valueFen,
    stock: b.stockTotal[o.id] ?? 0,
    left: Math.max(0, b.stock[o.id] ?? 0),
  }));
}

export async function createBatch(
  input: z.output<typeof createBatchInput>,
  ctx: CallContext,
): Promise<{ batchId: string; optionIds: string[] }> {
  const { db, now } = ctx;
  const batchId =
    input.batchId ??
    `wb-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(4).toString('hex')}`;
  const optionIds = input.options.map((_o, i) => `o${i + 1}`);
  const stock = Object.fromEntries(input.options.map((o, i) => [optionIds[i], o.stock]));
  const created = await insertBatch(db, {
    _id: batchId,
    name: input.name,
    description: input.description,
    claimOpenAt: new Date(input.claimOpenAt),
    claimCloseAt: new Date(input.claimCloseAt),
    status: 'open',
    fulfilment: input.fulfilment,
    options: input.options.map((o, i) => ({
      id: optionIds[i],
      name: o.name,
      description: o.description ?? '',
      imageUrl: o.imageUrl ?? null,
      valueFen: o.valueFen ?? null,
    })),
    stock,
    stockTotal: stock,
    defaultOptionId: input.defaultOption === null ? null : optionIds[input.defaultOption],
    eligibility: input.eligibility,
    points: input.points.map((p, i) => ({ id: `p${i + 1}`, ...p })),
    ledger: {},
    createdAt: now,
    createdBy: ctx.me().staffNo,
    closedAt: null,
  });
  if (!created) {
    // a retried create with the same id: answer the batch that exists
    const existing = await getBatch(db, batchId);
    if (!existing || existing.name !== input.name)
      throw new VisibleError('conflict', '这个批次编号已被使用，请换一个。');
    return { batchId, optionIds: existing.options.map((o) => o.id) };
  }
  return { batchId, optionIds };
}

export async function updateBatch(input: z.output<typeof updateBatchInput>, ctx: CallContext) {
  const { db, now } = ctx;
  const batch = await getBatch(db, input.batchId);
  if (!batch) throw new VisibleError('welfare.not_found', '没有找到这次福利发放。');
  const fields: Record<string, unknown> = {};
  if (input.name !== undefined) fields.name = input.name;
  if (input.description !== undefined) fields.description = input.description;
  const open = input.claimOpenAt ? new Date(input.claimOpenAt) : batch.claimOpenAt;
  const close = input.claimCloseAt ? new Date(input.claimCloseAt) : batch.claimCloseAt;
  if (close <= open)
    throw new VisibleError('validation.failed', '截止时间要晚于开始时间。', [
      { path: 'claimCloseAt', message: '截止时间要晚于开始时间' },
    ]);
  if (input.claimOpenAt) fields.claimOpenAt = open;
  if (input.claimCloseAt) {
    if (batch.status === 'closed' && close > now) fields.status = 'open';
    fields.claimCloseAt = close;
  }
  if (input.points) fields.points = input.points.map((p, i) => ({ id: `p${i + 1}`, ...p }));
  if (input.eligibility) fields.eligibility = input.eligibility;
  for (const optionId of Object.keys(input.addStock ?? {})) {
    if (!batch.options.some((o) => o.id === optionId))
      throw new VisibleError('welfare.no_option', `没有礼包 ${optionId}。`);
  }
  // fields and stock in one conditional update: a refused removal leaves the whole edit unapplied,
  // so the admin can correct it and send it again without adding stock twice
  if (!(await editBatch(db, input.batchId, fields, input.addStock ?? {}))) {
    const now2 = await getBatch(db, input.batchId);
    if (!now2) throw new VisibleError('welfare.not_found', '没有找到这次福利发放。');
    const [optionId, delta] = Object.entries(input.addStock ?? {}).find(
      ([o, d]) => d < 0 && (now2.stock[o] ?? 0) < -d,
    ) ?? ['', 0];
    if (!optionId) throw new VisibleError('conflict', '刚才有人同时在选礼包，请再保存一次。');
    const name = batch.options.find((o) => o.id === optionId)?.name ?? optionId;
    throw new VisibleError(
      'welfare.stock_in_use',
      `「${name}」剩余不足 ${-delta} 份，已被选走的不能减。没有保存任何修改。`,
    );
  }
  const fresh = await getBatch(db, input.batchId);
  if (!fresh) throw new VisibleError('welfare.not_found', '没有找到这次福利发放。');
  return summary(fresh, now);
}

export async function getBatchDetail(input: { batchId: string }, ctx: CallContext) {
  const batch = await getBatch(ctx.db, input.batchId);
  if (!batch) throw new VisibleError('welfare.not_found', '没有找到这次福利发放。');
  const urls = await photoUrlsOf([batch]);
  return {
    ...summary(batch, ctx.now),
    description: batch.description,
    fulfilment: batch.fulfilment,
    options: optionsOut(batch, urls),
    points: batch.points.map((p) => ({
      pointId: p.id,
      name: p.name,
      place: p.place,
      hours: p.hours,
      branchIds: p.branchIds,
    })),
    defaultOptionId: batch.defaultOptionId,
  };
}

export async function listAll(_input: unknown, ctx: CallContext) {
  const batches = await listBatches(ctx.db);
  return { batches: batches.map((b) => summary(b, ctx.now)) };
}

/** Batches a staff member sees on the 福利 tab: not closed more than 60 days ago. */
export async function current(
  _input: unknown,
  ctx: CallContext,
): Promise<{ batches: BatchView[] }> {
  const me = ctx.me();
  const recent = await listBatches(ctx.db, new Date(ctx.now.getTime() - 60 * DAY_MS));
  const views: BatchView[] = [];
  const shown = recent.slice(0, 5);
  const urls = await photoUrlsOf(shown);
  for (const b of shown) {
    // my ledger line, read per batch (a handful at most)
    const mine = (await getBatch(ctx.db, b._id, me.staffNo))?.ledger[me.staffNo];
    const verdict = eligibility(me, b.eligibility);
    views.push({
      batchId: b._id,
      name: b.name,
      description: b.description,
      claimOpenAt: b.claimOpenAt.toISOString(),
      claimCloseAt: b.claimCloseAt.toISOString(),
      phase: phaseOf(b, ctx.now),
      fulfilment: b.fulfilment,
      defaultOptionId: b.defaultOptionId,
      options: optionsOut(b, urls),
      eligible: verdict.ok,
      ineligibleReason: verdict.ok ? null : verdict.reason,
      myOptionId: mine?.o ?? null,
      myHandedOverAt: mine?.h ? new Date(mine.h).toISOString() : null,
    });
  }
  const rank = { open: 0, upcoming: 1, closed: 2 } as const;
  views.sort((a, b) => rank[a.phase] - rank[b.phase]);
  return { batches: views };
}

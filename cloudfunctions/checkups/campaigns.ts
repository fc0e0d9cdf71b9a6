// Setting up a campaign (admin) and reading it: the campaign, its days and slots with places left.
import { randomUUID } from 'node:crypto';
import type {
  CampaignView,
  CreateCampaignInput,
  SlotsOutput,
} from '../../domain/checkups/contract';
import { phaseOf, slotIdOf } from '../../domain/checkups/rules';
import { VisibleError } from '../../domain/errors';
import { addDays, beijingDay } from '../../domain/time';
import { audit, type CallContext } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { loadCampaign } from './booking';
import { addCampaign, getCampaign, listCampaigns, type CampaignDoc } from './campaign-repo';
import { addSlots, listSlots } from './slot-repo';

export async function createCampaign(input: CreateCampaignInput, ctx: CallContext) {
  const { db, now } = ctx;
  const campaignId = input.campaignId ?? `ck-${randomUUID().slice(0, 8)}`;
  const days = [...input.days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({
      date: d.date,
      retireesOnly: d.retireesOnly,
      slots: [...d.slots]
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((s) => ({ slotId: slotIdOf(campaignId, d.date, s.start), ...s })),
    }));
  const slotIdsInInputOrder = input.days.map((d) =>
    d.slots.map((s) => slotIdOf(campaignId, d.date, s.start)),
  );
  const existing = await getCampaign(db, campaignId);
  if (existing) return { campaignId, slotIds: slotIdsInInputOrder };
  // slots first: a campaign document is only visible once all its slots exist
  const slots = days.flatMap((d) =>
    d.slots.map((s) => ({
      _id: s.slotId,
      campaignId,
      date: d.date,
      start: s.start,
      capacity: s.capacity,
      left: s.capacity,
      holds: {},
    })),
  );
  try {
    await addSlots(db, slots);
  } catch (e) {
    if (!isDuplicate(e)) throw e; // a retried create: the slots are there
  }
  const doc: Omit<CampaignDoc, 'createdAt'> & {
    createdAt: Date;
    createdBy: string;
    passSeq: number;
  } = {
    _id: campaignId,
    name: input.name,
    status: 'active',
    bookOpenAt: new Date(input.bookOpenAt),
    bookCloseAt: new Date(input.bookCloseAt),
    places: input.places,
    packages: input.packages.map((p, i) => ({
      id: `p${i + 1}`,
      name: p.name,
      sex: p.sex ?? null,
      minAge: p.minAge ?? null,
      maxAge: p.maxAge ?? null,
      items: p.items,
      standardFen: p.standardFen ?? null,
    })),
    addons: input.addons.map((a, i) => ({ id: `a${i + 1}`, ...a })),
    days,
    recommended: input.recommended,
    elsewhereDeadline: input.elsewhereDeadline ? new Date(input.elsewhereDeadline) : null,
    sent: {},
    passSeq: 0,
    createdAt: now,
    createdBy: ctx.me().staffNo,
  };
  try {
    await addCampaign(db, doc);
  } catch (e) {
    if (!isDuplicate(e)) throw e;
  }
  await audit(ctx, { target: campaignId, outcome: 'ok' });
  return { campaignId, slotIds: slotIdsInInputOrder };
}

const summaryOf = (c: CampaignDoc, now: Date) => ({
  campaignId: c._id,
  name: c.name,
  bookOpenAt: c.bookOpenAt.toISOString(),
  bookCloseAt: c.bookCloseAt.toISOString(),
  phase: phaseOf(c, now),
  firstDate: c.days[0]?.date ?? '',
  lastDate: c.days[c.days.length - 1]?.date ?? '',
});

export async function listAll(_input: unknown, ctx: CallContext) {
  const list = await listCampaigns(ctx.db);
  if (!ctx.can('admin') && !ctx.can('branch_chair')) {
    // a desk worker sees the campaigns they check people in for
    const mine = list.filter((c) => ctx.can('checkup_desk', { campaignId: c._id }));
    return { campaigns: mine.map((c) => summaryOf(c, ctx.now)) };
  }
  return { campaigns: list.map((c) => summaryOf(c, ctx.now)) };
}

/** What staff see: campaigns whose exam days are not over more than 60 days ago. */
export async function current(_input: unknown, ctx: CallContext) {
  ctx.me();
  const since = addDays(beijingDay(ctx.now), -60);
  const list = (await listCampaigns(ctx.db)).filter(
    (c) => (c.days[c.days.length - 1]?.date ?? '') >= since,
  );
  return { campaigns: list.map((c) => summaryOf(c, ctx.now)) };
}

export async function campaignView(
  input: { campaignId: string },
  ctx: CallContext,
): Promise<CampaignView> {
  const me = ctx.me();
  const c = await loadCampaign(ctx.db, input.campaignId);
  return {
    ...summaryOf(c, ctx.now),
    places: c.places,
    packages: c.packages.map((p) => ({
      packageId: p.id,
      name: p.name,
      sex: p.sex,
      minAge: p.minAge,
      maxAge: p.maxAge,
      items: p.items,
      standardFen: p.standardFen,
    })),
    addons: c.addons.map((a) => ({ addonId: a.id, name: a.name, priceFen: a.priceFen })),
    dates: c.days.map((d) => ({ date: d.date, retireesOnly: d.retireesOnly })),
    recommendedDates: c.recommended.find((r) => r.branchId === me.branchId)?.dates ?? [],
    elsewhereDeadline: c.elsewhereDeadline ? c.elsewhereDeadline.toISOString() : null,
  };
}

export async function slots(input: { campaignId: string }, ctx: CallContext): Promise<SlotsOutput> {
  ctx.me();
  const [c, list] = await Promise.all([
    loadCampaign(ctx.db, input.campaignId),
    listSlots(ctx.db, input.campaignId),
  ]);
  const byId = new Map(list.map((s) => [s._id, s]));
  const days = c.days.map((d) => ({
    date: d.date,
    retireesOnly: d.retireesOnly,
    slots: d.slots.map((s) => {
      const doc = byId.get(s.slotId);
      if (!doc) throw new VisibleError('conflict', '体检时段正在准备，请稍后刷新。');
      return {
        slotId: s.slotId,
        start: s.start,
        capacity: doc.capacity,
        left: Math.max(0, doc.left),
      };
    }),
  }));
  return { days };
}

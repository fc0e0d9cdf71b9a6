// Reads and writes of walkathon campaigns (step_campaigns) and the branches teams are made of.
import { COLLECTIONS } from '../../database/collections';
import { complianceRule, ageGroupDef, teamDef } from '../../domain/steps/contract';
import { branchDoc, type BranchDoc } from '../../domain/roster/staff';
import { z } from 'zod';
import type { Db } from '../_kit';
import { getById } from '../_kit/read';

export const campaignDoc = z.object({
  _id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  startDate: z.string(),
  endDate: z.string(),
  dailyTarget: z.number().int(),
  dailyCap: z.number().int(),
  flagAbove: z.number().int(),
  rule: complianceRule,
  teamMode: z.enum(['branch', 'custom']),
  teams: z.array(teamDef),
  ageGroups: z.array(ageGroupDef),
  createdBy: z.string().optional(),
  /** the last edit or close: standings computed before it are stale */
  updatedAt: z.coerce.date().optional(),
});
export type CampaignDoc = z.infer<typeof campaignDoc>;

export async function getCampaign(db: Db, campaignId: string): Promise<CampaignDoc | null> {
  return getById(db, COLLECTIONS.stepCampaigns, campaignId, campaignDoc);
}

export async function addCampaign(db: Db, doc: CampaignDoc & { createdAt: Date }): Promise<void> {
  await db.collection(COLLECTIONS.stepCampaigns).add(doc);
}

/** Writes an edit; `updatedAt` is the server's clock, so standings computed later are fresh. */
export async function saveCampaignEdit(
  db: Db,
  campaignId: string,
  fields: Partial<Omit<CampaignDoc, '_id' | 'updatedAt'>>,
  clearDescription: boolean,
): Promise<void> {
  await db
    .collection(COLLECTIONS.stepCampaigns)
    .doc(campaignId)
    .update({
      ...fields,
      ...(clearDescription ? { description: db.command.remove() } : {}),
      updatedAt: db.serverDate(),
    });
}

/**
 * Ends a started campaign today, atomically: only when it has started and ends after today, so a
 * retry or a racing close changes nothing. True when this call closed it.
 */
export async function closeCampaignToday(
  db: Db,
  campaignId: string,
  today: string,
  staffNo: string,
): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.stepCampaigns)
    .where({ _id: campaignId, startDate: _.lte(today), endDate: _.gt(today) })
    .update({
      endDate: today,
      closedBy: staffNo,
      closedAt: db.serverDate(),
      updatedAt: db.serverDate(),
    });
  return (res as { updated?: number }).updated === 1;
}

/** The most recent campaigns, newest start first. */
export async function listCampaigns(db: Db, limit = 50): Promise<CampaignDoc[]> {
  const res = await db
    .collection(COLLECTIONS.stepCampaigns)
    .orderBy('startDate', 'desc')
    .limit(limit)
    .get();
  return (res.data as unknown[]).map((d) => campaignDoc.parse(d));
}

/** Campaigns whose standings the nightly job keeps: started, and not ended before `since`. */
export async function listActiveCampaigns(
  db: Db,
  today: string,
  since: string,
): Promise<CampaignDoc[]> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.stepCampaigns)
    .where({ startDate: _.lte(today), endDate: _.gte(since) })
    .limit(100)
    .get();
  return (res.data as unknown[]).map((d) => campaignDoc.parse(d));
}

export async function listBranches(db: Db): Promise<BranchDoc[]> {
  const res = await db
    .collection(COLLECTIONS.branches)
    .where({ active: true })
    .orderBy('order', 'asc')
    .limit(1000)
    .get();
  return (res.data as unknown[]).map((d) => branchDoc.parse(d));
}

// The standings of a campaign (step_standings): one document per campaign, _id = campaignId,
// written whole by the nightly job or by a read that found it stale.
import { COLLECTIONS } from '../../database/collections';
import type { StandingsCore } from '../../domain/steps/rules';
import type { Db } from '../_kit';

export interface StandingsDoc extends StandingsCore {
  _id: string;
  campaignId: string;
  computedAt: Date;
}

export async function getStandings(db: Db, campaignId: string): Promise<StandingsDoc | null> {
  const res = await db.collection(COLLECTIONS.stepStandings).doc(campaignId).get();
  const doc = (res.data as StandingsDoc[])[0];
  return doc ? { ...doc, computedAt: new Date(doc.computedAt) } : null;
}

export async function putStandings(db: Db, doc: StandingsDoc): Promise<void> {
  const { _id, ...body } = doc;
  await db.collection(COLLECTIONS.stepStandings).doc(_id).set(body);
}

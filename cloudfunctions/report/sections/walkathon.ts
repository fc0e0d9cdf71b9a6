// Walkathon (健步走): campaigns that started in the period, their participants, who complied
// (the campaign's own rule, days reached as of today) and the teams with the best rate.
import { COLLECTIONS } from '../../../database/collections';
import type { FigureSet } from '../../../domain/report/contract';
import { percent, rate } from '../../../domain/report/rules';
import type { ComplianceRule } from '../../../domain/steps/contract';
import { asOfDay, neededDays, totalDays } from '../../../domain/steps/rules';
import { beijingDay } from '../../../domain/time';
import type { Db } from '../../_kit';
import {
  AGG_LIMIT,
  branchWhere,
  daysBetween,
  pageOf,
  periodOfValue,
  rowsOf,
  type DetailInput,
  type Section,
  recordsOf,
} from './section';

type Figures = FigureSet['walkathon'];
const TOP_TEAMS = 5;

interface CampaignRow {
  _id: string;
  name: string;
  startDate: string;
  endDate: string;
  dailyTarget: number;
  rule: ComplianceRule;
}

const campaignsOf = (db: Db, where: Record<string, unknown>) =>
  recordsOf<CampaignRow>(db, COLLECTIONS.stepCampaigns, where, [
    '_id',
    'name',
    'startDate',
    'endDate',
    'dailyTarget',
    'rule',
  ]);

export const walkathonSection: Section<'walkathon'> = {
  key: 'walkathon',
  title: '健步走',
  async compute({ db, cur, prev, branchId, now }) {
    const $ = db.command.aggregate;
    const _ = db.command;
    const periods = { cur, prev };
    const today = beijingDay(now);
    const campaigns = (await campaignsOf(db, { startDate: daysBetween(db, periods) })).filter(
      (c) => periodOfValue(c.startDate, periods) !== 'x',
    );
    type Row = { _id: { c: string; team: string; name: string; reached: number }; n: number };
    let rows: Row[] = [];
    if (campaigns.length) {
      // days reaching the campaign's target, inside the campaign as of today (as summarize counts)
      const bound = (pick: (c: CampaignRow) => string | number) =>
        $.switch({
          branches: campaigns.map((c) => ({ case: $.eq(['$campaignId', c._id]), then: pick(c) })),
          default: null,
        });
      const res = await db
        .collection(COLLECTIONS.stepParticipants)
        .aggregate()
        .match({ campaignId: _.in(campaigns.map((c) => c._id)), ...branchWhere(branchId) })
        .project({
          campaignId: 1,
          teamId: 1,
          teamName: 1,
          target: bound((c) => c.dailyTarget),
          first: bound((c) => c.startDate),
          last: bound((c) => asOfDay(c, today)),
          // a walker who joined but never synced has no days yet
          days: $.objectToArray($.ifNull(['$days', {}])),
        })
        .project({
          campaignId: 1,
          teamId: 1,
          teamName: 1,
          reached: $.size(
            $.filter({
              input: '$days',
              as: 'd',
              cond: $.and([
                $.gte(['$$d.v', '$target']),
                $.gte(['$$d.k', '$first']),
                $.lte(['$$d.k', '$last']),
              ]),
            }),
          ),
        })
        .group({
          _id: { c: '$campaignId', team: '$teamId', name: '$teamName', reached: '$reached' },
          n: $.sum(1),
        })
        .limit(AGG_LIMIT)
        .end();
      rows = rowsOf<Row>(res);
    }
    const needed = new Map(campaigns.map((c) => [c._id, neededDays(c.rule, totalDays(c))]));
    const periodOfCampaign = new Map(
      campaigns.map((c) => [c._id, periodOfValue(c.startDate, periods)]),
    );

    const figures = (period: 'c' | 'p'): Figures => {
      const teams = new Map<string, { label: string; participants: number; compliant: number }>();
      let participants = 0;
      let compliant = 0;
      for (const r of rows) {
        if (periodOfCampaign.get(r._id.c) !== period) continue;
        const ok = r._id.reached >= (needed.get(r._id.c) ?? Infinity) ? r.n : 0;
        participants += r.n;
        compliant += ok;
        const key = `${r._id.c}:${r._id.team}`;
        const t = teams.get(key) ?? { label: r._id.name, participants: 0, compliant: 0 };
        t.participants += r.n;
        t.compliant += ok;
        teams.set(key, t);
      }
      return {
        campaigns: campaigns.filter((c) => periodOfCampaign.get(c._id) === period).length,
        participants,
        compliant,
        rate: rate(compliant, participants),
        topTeams: [...teams.entries()]
          .map(([key, t]) => ({
            key,
            label: t.label,
            value: rate(t.compliant, t.participants),
            participants: t.participants,
            compliant: t.compliant,
          }))
          .sort(
            (a, b) =>
              b.value - a.value ||
              b.participants - a.participants ||
              a.label.localeCompare(b.label),
          )
          .slice(0, TOP_TEAMS),
      };
    };
    return { cur: figures('c'), prev: figures('p') };
  },
  sheet(f, p) {
    return [
      { item: '健步走活动（期）', value: f.campaigns, previous: p ? p.campaigns : '' },
      { item: '参与（人）', value: f.participants, previous: p ? p.participants : '' },
      { item: '达标（人）', value: f.compliant, previous: p ? p.compliant : '' },
      { item: '达标率', value: percent(f.rate), previous: p ? percent(p.rate) : '' },
      ...f.topTeams.map((t, i) => ({
        item: `达标率第 ${i + 1}：${t.label}`,
        value: `${percent(t.value)}（${t.compliant}/${t.participants}）`,
        previous: '' as const,
      })),
    ];
  },
  details: { 'walkathon.participants': participantList },
};

async function participantList({ db, span, branchId, skip, limit, branchName }: DetailInput) {
  const _ = db.command;
  const campaigns = await campaignsOf(db, { startDate: _.gte(span.from).and(_.lte(span.to)) });
  const name = new Map(campaigns.map((c) => [c._id, c.name]));
  const where = { campaignId: _.in([...name.keys(), '-']), ...branchWhere(branchId) };
  const { rows, total } = await pageOf<Row>(
    db,
    COLLECTIONS.stepParticipants,
    where,
    { campaignId: true, staffNo: true, name: true, branchId: true, teamName: true },
    { skip, limit },
  );
  type Row = {
    campaignId: string;
    staffNo: string;
    name: string;
    branchId: string;
    teamName: string;
  };
  return {
    title: '健步走参与的教职工',
    columns: [
      { key: 'campaign', label: '健步走活动' },
      { key: 'name', label: '姓名' },
      { key: 'staffNo', label: '工号' },
      { key: 'branch', label: '分工会' },
      { key: 'team', label: '队伍' },
    ],
    rows: rows.map((r) => ({
      campaign: name.get(r.campaignId) ?? '',
      name: r.name,
      staffNo: r.staffNo,
      branch: branchName(r.branchId),
      team: r.teamName,
    })),
    total,
  };
}

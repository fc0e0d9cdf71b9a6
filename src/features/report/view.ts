// What the report page shows for each section: its lines (label, this year, last year), which
// figure a line opens, and its charts — plain data, so it is tested without a renderer.
import type { Figure, FigureSet, Report } from '../../../domain/report/contract';
import { careText, percent, yuanWords } from '../../../domain/report/rules';
import type { ChartBar } from '../../components/bar-chart';

export interface Line {
  label: string;
  value: string;
  previous: string | null;
  /** the list behind it, when there is one */
  figure?: Figure;
}

export interface SectionView {
  key: string;
  title: string;
  lines: Line[];
  charts: { title: string; bars: ChartBar[]; hideZero?: boolean; branches?: boolean }[];
  note?: string;
}

const n = (v: number) => String(v);

function line(
  label: string,
  now: string,
  before: string | null | undefined,
  figure?: Figure,
): Line {
  return { label, value: now, previous: before ?? null, ...(figure ? { figure } : {}) };
}

export function sectionsOf(r: Report): SectionView[] {
  const p: FigureSet | null = r.previous;
  const e = r.events;
  const w = r.welfare;
  const s = r.walkathon;
  const admin = r.branchId === null;
  return [
    {
      key: 'events',
      title: '活动',
      lines: [
        line('举办活动（场）', n(e.held), p && n(p.events.held), 'events.held'),
        line('报名（人次）', n(e.signups), p && n(p.events.signups), 'events.signups'),
        line('参与（签到人次）', n(e.attended), p && n(p.events.attended), 'events.attended'),
        line('参与教职工（人）', n(e.people), p && n(p.events.people)),
        line('到场率', percent(e.attendanceRate), p ? percent(p.events.attendanceRate) : undefined),
      ],
      charts: [
        { title: '每月参与人次', bars: e.byMonth },
        { title: '活动类型（场）', bars: e.byType, hideZero: true },
        ...(admin ? [{ title: '各分工会参与人次', bars: e.byBranch, branches: true }] : []),
      ],
    },
    {
      key: 'welfare',
      title: '福利发放',
      lines: [
        line('福利发放（次）', n(w.batches), p && n(p.welfare.batches), 'welfare.batches'),
        line('发放礼包（份）', n(w.handedOver), p && n(p.welfare.handedOver), 'welfare.handedOver'),
        line('礼包价值', yuanWords(w.valueFen), p ? yuanWords(p.welfare.valueFen) : undefined),
      ],
      charts: [
        { title: '各次发放的礼包（份）', bars: w.byBatch },
        ...(admin
          ? [
              {
                title: '各分工会领到的礼包（份）',
                bars: w.byBranch,
                hideZero: true,
                branches: true,
              },
            ]
          : []),
      ],
    },
    {
      key: 'walkathon',
      title: '健步走',
      lines: [
        line(
          '参与（人）',
          n(s.participants),
          p && n(p.walkathon.participants),
          'walkathon.participants',
        ),
        line('达标（人）', n(s.compliant), p && n(p.walkathon.compliant)),
        line('达标率', percent(s.rate), p ? percent(p.walkathon.rate) : undefined),
      ],
      charts: [
        {
          title: '达标率最高的队伍',
          bars: s.topTeams.map((t) => ({
            key: t.key,
            label: t.label,
            value: t.value,
            text: percent(t.value),
          })),
        },
      ],
    },
    {
      key: 'clubs',
      title: '社团',
      lines: [
        line('社团（个）', n(r.clubs.clubs), undefined),
        line('成员（人）', n(r.clubs.members), p && n(p.clubs.members)),
        line('新加入（人）', n(r.clubs.joined), p && n(p.clubs.joined), 'clubs.joined'),
        line('社团动态（条）', n(r.clubs.posts), p && n(p.clubs.posts)),
      ],
      charts: [],
    },
    {
      key: 'proposals',
      title: '提案和建议',
      lines: [
        line('收到（件）', n(r.proposals.filed), p && n(p.proposals.filed), 'proposals.filed'),
        line('立案（件）', n(r.proposals.accepted), p && n(p.proposals.accepted)),
        line('已答复（件）', n(r.proposals.answered), p && n(p.proposals.answered)),
        line('正在办理（件）', n(r.proposals.inHandling), p && n(p.proposals.inHandling)),
        line(
          '满意率',
          r.proposals.rated ? percent(r.proposals.satisfaction) : '—',
          p && p.proposals.rated ? percent(p.proposals.satisfaction) : undefined,
        ),
      ],
      charts: [],
    },
    {
      key: 'care',
      title: '关爱帮扶',
      lines: [
        line('帮扶（人次）', careText(r.care.cases), p ? careText(p.care.cases) : undefined),
        line(
          '帮扶金额',
          r.care.cases.amountFen === null ? '不显示' : yuanWords(r.care.cases.amountFen),
          p
            ? p.care.cases.amountFen === null
              ? '不显示'
              : yuanWords(p.care.cases.amountFen)
            : undefined,
        ),
        ...r.care.byProgramme.map((b) =>
          line(
            b.label,
            `${careText(b)} 人次${b.amountFen === null ? '' : `，${yuanWords(b.amountFen)}`}`,
            undefined,
          ),
        ),
        line('慰问（人次）', careText(r.care.visits), p ? careText(p.care.visits) : undefined),
      ],
      charts: [],
      note: '关爱帮扶只统计总数，不提供名单；不足 3 人次的只显示“<3”，不显示金额。',
    },
    {
      key: 'trips',
      title: '疗休养',
      lines: [
        line('出发批次（批）', n(r.trips.groups), p && n(p.trips.groups)),
        line('安排（人）', n(r.trips.placed), p && n(p.trips.placed), 'trips.placed'),
        line('实际出行（人）', n(r.trips.travelled), p && n(p.trips.travelled), 'trips.travelled'),
      ],
      charts: [],
    },
    {
      key: 'checkups',
      title: '体检',
      lines: [
        line('预约（人）', n(r.checkups.booked), p && n(p.checkups.booked), 'checkups.booked'),
        line('完成（人）', n(r.checkups.done), p && n(p.checkups.done), 'checkups.done'),
      ],
      charts: admin
        ? [
            {
              title: '各分工会完成体检（人）',
              bars: r.checkups.byBranch,
              hideZero: true,
              branches: true,
            },
          ]
        : [],
    },
    {
      key: 'quiz',
      title: '知识竞赛',
      lines: [
        line('举办知识竞赛（场）', n(r.quiz.contests), p && n(p.quiz.contests)),
        line('答题（人次）', n(r.quiz.attempts), p && n(p.quiz.attempts)),
        line('参加教职工（人）', n(r.quiz.people), p && n(p.quiz.people), 'quiz.people'),
        line('平均最好成绩（分）', n(r.quiz.averageBest), p && n(p.quiz.averageBest)),
      ],
      charts: admin
        ? [
            {
              title: '各分工会参加知识竞赛（人）',
              bars: r.quiz.byBranch,
              hideZero: true,
              branches: true,
            },
          ]
        : [],
    },
    {
      key: 'honours',
      title: '评优评先',
      lines: [
        line('评选（次）', n(r.honours.rounds), p && n(p.honours.rounds)),
        line('推荐（人次）', n(r.honours.nominated), p && n(p.honours.nominated)),
        line('通过审核（人次）', n(r.honours.accepted), p && n(p.honours.accepted)),
        line(
          '表彰先进（人次）',
          n(r.honours.awarded),
          p && n(p.honours.awarded),
          'honours.awarded',
        ),
      ],
      charts: [
        { title: '各项荣誉（人）', bars: r.honours.byCategory, hideZero: true },
        ...(admin
          ? [
              {
                title: '各分工会受表彰（人次）',
                bars: r.honours.byBranch,
                hideZero: true,
                branches: true,
              },
            ]
          : []),
      ],
    },
    {
      key: 'contests',
      title: '竞赛评分',
      lines: [
        line('举办竞赛（项）', n(r.contests.contests), p && n(p.contests.contests)),
        line('参赛（人次）', n(r.contests.entries), p && n(p.contests.entries), 'contests.entries'),
        line('参赛教职工（人）', n(r.contests.people), p && n(p.contests.people)),
        line('评委评分表（份）', n(r.contests.sheets), p && n(p.contests.sheets)),
      ],
      charts: admin
        ? [
            {
              title: '各分工会参赛（人次）',
              bars: r.contests.byBranch,
              hideZero: true,
              branches: true,
            },
          ]
        : [],
    },
  ];
}

/** The years one may open: this year and the four before it. */
export function yearChoices(thisYear: number): number[] {
  return [0, 1, 2, 3, 4].map((i) => thisYear - i).filter((y) => y >= 2020);
}

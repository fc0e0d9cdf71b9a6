// What the honours pages say: quotas and stages in words, and the admin's setup form (one line
// per category) turned into a createRound input.
import type { CreateRoundInput, QuotaInput, Stage } from '../../../domain/awards/contract';
import { startOfBeijingDay, addDays } from '../../../domain/time';

export { STATUS_LABELS, STAGE_LABELS } from '../../../domain/awards/rules';

export function quotaText(q: QuotaInput): string {
  if ('perBranch' in q) return `每个分工会 ${q.perBranch} 名`;
  const pct = Math.round(q.share * 10_000) / 100;
  return `会员人数的 ${pct}%（不足 1 名的不计）`;
}

/** One line on what people can do in a round now. */
export function stageHint(stage: Stage, open: boolean): string {
  if (stage === 'nominating') {
    return open ? '正在提名：分工会主席推荐本分工会的人选。' : '提名尚未开始或已经截止。';
  }
  if (stage === 'voting') return '提名已截止，评委正在投票。';
  if (stage === 'publicity') return '正在公示：对名单有意见，可以私下向校工会反映。';
  return '评选结果已经公布。';
}

export interface SetupForm {
  name: string;
  /** YYYY-MM-DD, nominations open at the start of that Beijing day */
  openDay: string;
  /** YYYY-MM-DD, nominations close at the end of that Beijing day */
  closeDay: string;
  /** one category per line: 名称 名额(3 or 5%) [评选N] [自荐] */
  categories: string;
  votesPerJudge: string;
  publicityDays: string;
  /** 工号 separated by spaces or commas */
  judges: string;
}

export type Parsed = { ok: true; input: CreateRoundInput } | { ok: false; message: string };

function quotaOf(word: string): QuotaInput | null {
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(word);
  if (pct) return { share: Number(pct[1]) / 100 };
  if (/^\d+$/.test(word)) return { perBranch: Number(word) };
  return null;
}

export function toCreateInput(f: SetupForm): Parsed {
  const lines = f.categories
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return { ok: false, message: '请至少写一个荣誉类别。' };
  const categories: CreateRoundInput['categories'] = [];
  for (const [i, line] of lines.entries()) {
    const [name, quotaWord, ...rest] = line.split(/\s+/);
    const quota = quotaWord ? quotaOf(quotaWord) : null;
    if (!name || !quota) {
      return {
        ok: false,
        message: `第 ${i + 1} 行请写成「名称 名额」，名额写人数（如 3）或比例（如 5%）。`,
      };
    }
    const placesWord = rest.find((w) => /^评选\d+$/.test(w));
    categories.push({
      name,
      quota,
      places: placesWord ? Number(placesWord.slice(2)) : undefined,
      selfNomination: rest.includes('自荐'),
      material: '',
    });
  }
  const ymd = /^\d{4}-\d{2}-\d{2}$/;
  if (!ymd.test(f.openDay) || !ymd.test(f.closeDay)) {
    return { ok: false, message: '提名开始和截止日期请写成 YYYY-MM-DD。' };
  }
  const judges = f.judges
    .split(/[\s,，、]+/)
    .map((j) => j.trim())
    .filter(Boolean);
  return {
    ok: true,
    input: {
      name: f.name.trim(),
      nominateOpenAt: startOfBeijingDay(f.openDay).toISOString(),
      nominateCloseAt: startOfBeijingDay(addDays(f.closeDay, 1)).toISOString(),
      categories,
      votesPerJudge: f.votesPerJudge.trim() ? Number(f.votesPerJudge) : undefined,
      publicityDays: f.publicityDays.trim() ? Number(f.publicityDays) : 5,
      judges,
    },
  };
}

// askToSubscribe(kinds): call it right after the tap that makes a reminder useful (signed up,
// chose a gift, joined a campaign). weapp: WeChat's real subscribe dialog; h5 (local cloud): a
// simulated dialog with 允许/拒绝 — never Taro H5's stub. The answer is recorded in the quota ledger.
import Taro from '@tarojs/taro';
import type { NoticeKind } from '../../../domain/notify/notice';
import { getTemplates, recordSubscribe } from './api';
import {
  pickTemplates,
  readWeappAnswer,
  type AskedTemplate,
  type SubscribeResult,
} from './subscribe-answer';

let cached: AskedTemplate[] | null = null;

/** Loads the template ids ahead of the tap (WeChat wants the dialog straight after the tap). */
export async function preloadTemplates(): Promise<void> {
  if (cached) return;
  try {
    cached = (await getTemplates([])).templates;
  } catch {
    cached = null;
  }
}

async function simulatedDialog(asked: AskedTemplate[]): Promise<SubscribeResult[]> {
  const res = await Taro.showModal({
    title: '「智慧工会」想给你发消息',
    content: `${asked.map((t) => t.name).join('、')}。允许后，到时会在微信里提醒你一次。`,
    confirmText: '允许',
    cancelText: '拒绝',
  });
  const result = res.confirm ? 'accept' : 'reject';
  return asked.map((t) => ({ kind: t.kind, result }));
}

export interface AskOutcome {
  /** kinds the person allowed */
  accepted: NoticeKind[];
}

export async function askToSubscribe(kinds: NoticeKind[]): Promise<AskOutcome> {
  try {
    if (!cached) await preloadTemplates();
    const asked = pickTemplates(cached ?? [], kinds);
    if (asked.length === 0) return { accepted: [] };
    let results: SubscribeResult[];
    if (process.env.TARO_ENV === 'weapp') {
      let answer: unknown;
      try {
        answer = await Taro.requestSubscribeMessage({
          tmplIds: asked.map((t) => t.templateId),
          entityIds: [],
        } as Parameters<typeof Taro.requestSubscribeMessage>[0]);
      } catch (e) {
        answer = e;
      }
      results = readWeappAnswer(asked, answer);
    } else {
      results = await simulatedDialog(asked);
    }
    await recordSubscribe(results);
    return { accepted: results.filter((r) => r.result === 'accept').map((r) => r.kind) };
  } catch {
    // a reminder is a nicety: the action the person took has already succeeded
    return { accepted: [] };
  }
}

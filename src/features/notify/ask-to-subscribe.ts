// askToSubscribe(kinds): call it FIRST in the tap that makes a reminder useful (sign up, choose a
// gift, join a campaign) — before any await — then do the action whatever the answer. WeChat only
// shows its dialog straight from a tap ("can only be invoked by user TAP gesture"), so the
// template ids come from preloadTemplates() (call it when the page shows); in weapp, if they are
// not loaded yet, we skip asking rather than lose the tap. weapp: WeChat's real subscribe dialog;
// h5 (local cloud): a simulated dialog with 允许/拒绝 — never Taro H5's stub. The answer is recorded
// in the quota ledger afterwards (outcome.recorded). The flow itself is in subscribe-flow.ts.
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { getTemplates, recordSubscribe } from './main-api';
import { readWeappAnswer, type AskedTemplate, type SubscribeResult } from './subscribe-answer';
import { createAsker } from './subscribe-flow';

export type { AskOutcome } from './subscribe-flow';

const isWeapp = process.env.TARO_ENV === 'weapp';

function weappDialog(asked: AskedTemplate[]): Promise<SubscribeResult[]> {
  // called synchronously from the tap: no await before this line
  return Promise.resolve(
    Taro.requestSubscribeMessage({
      tmplIds: asked.map((t) => t.templateId),
      entityIds: [],
    } as Parameters<typeof Taro.requestSubscribeMessage>[0]),
  ).then(
    (answer) => readWeappAnswer(asked, answer),
    (err: unknown) => readWeappAnswer(asked, err),
  );
}

function simulatedDialog(asked: AskedTemplate[]): Promise<SubscribeResult[]> {
  return Promise.resolve(
    Taro.showModal({
      title: '「智慧工会」想给你发消息',
      content: `${asked.map((t) => t.name).join('、')}。允许后，到时会在微信里提醒你一次。`,
      confirmText: '允许',
      cancelText: '拒绝',
    }),
  ).then((res) => {
    const result = res.confirm ? 'accept' : 'reject';
    return asked.map((t) => ({ kind: t.kind, result }));
  });
}

const asker = createAsker({
  loadTemplates: async () => (await getTemplates([])).templates,
  request: isWeapp ? weappDialog : simulatedDialog,
  record: recordSubscribe,
  canWaitForTemplates: !isWeapp,
});

/** Loads the template ids ahead of the tap (WeChat wants the dialog straight from the tap). */
export const preloadTemplates = asker.preload;

/** Starts the ask synchronously; resolves with the answer (the recording may still be on its way). */
export const askToSubscribe = asker.ask;

/** For pages whose main button asks: have the template ids ready before the tap. */
export function usePreloadTemplates(): void {
  useEffect(() => {
    void preloadTemplates();
  }, []);
}

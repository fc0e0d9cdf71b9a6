// The subscribe ask, without Taro: WeChat only shows its dialog when `requestSubscribeMessage` is
// called straight from the tap (no await before it — "can only be invoked by user TAP gesture").
// So the template ids come from a cache filled ahead of time (preload), and `ask` calls the
// platform's request synchronously. The platform pieces are injected (ask-to-subscribe.ts wires
// Taro); this keeps the flow testable in jest, which cannot load @tarojs/taro.
import type { NoticeKind } from '../../../domain/notify/notice';
import { pickTemplates, type AskedTemplate, type SubscribeResult } from './subscribe-answer';

export interface AskOutcome {
  /** whether a dialog was shown (false: nothing to ask for, or the template ids were not ready) */
  asked: boolean;
  /** kinds the person allowed */
  accepted: NoticeKind[];
  /** settles once the answer is recorded in the quota ledger (never rejects) */
  recorded: Promise<void>;
}

export interface SubscribeDeps {
  /** the templates the app may ask for (notify.templates) */
  loadTemplates: () => Promise<AskedTemplate[]>;
  /** shows the platform's dialog — must call the platform API synchronously, before any await */
  request: (asked: AskedTemplate[]) => Promise<SubscribeResult[]>;
  /** records the answer (notify.subscribe) */
  record: (results: SubscribeResult[]) => Promise<unknown>;
  /** false in weapp: with no template ids cached yet, skip the ask rather than await them (the
   * tap would be lost). true where no tap is needed (h5's simulated dialog). */
  canWaitForTemplates: boolean;
}

export interface Asker {
  /** Loads the template ids ahead of the tap; safe to call often (one load at a time, then cached). */
  preload: () => Promise<void>;
  /** Call it first thing in the tap handler, before any await. Never rejects. */
  ask: (kinds: NoticeKind[]) => Promise<AskOutcome>;
}

const NOT_ASKED: AskOutcome = { asked: false, accepted: [], recorded: Promise.resolve() };

export function createAsker(deps: SubscribeDeps): Asker {
  let cached: AskedTemplate[] | null = null;
  let loading: Promise<void> | null = null;

  const preload = (): Promise<void> => {
    if (cached) return Promise.resolve();
    loading ??= deps
      .loadTemplates()
      .then((templates) => {
        cached = templates;
      })
      .catch(() => {
        cached = null; // try again next time
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  };

  const finish = async (pending: Promise<SubscribeResult[]>): Promise<AskOutcome> => {
    let results: SubscribeResult[];
    try {
      results = await pending;
    } catch {
      // a reminder is a nicety: never in the way of the action
      return { ...NOT_ASKED, asked: true };
    }
    const recorded = Promise.resolve()
      .then(() => deps.record(results))
      .then(
        () => undefined,
        () => undefined,
      );
    return {
      asked: true,
      accepted: results.filter((r) => r.result === 'accept').map((r) => r.kind),
      recorded,
    };
  };

  const startRequest = (asked: AskedTemplate[]): Promise<SubscribeResult[]> => {
    try {
      return deps.request(asked);
    } catch (e) {
      return Promise.reject(e);
    }
  };

  // deliberately not `async`: everything up to deps.request runs in the caller's tap
  const ask = (kinds: NoticeKind[]): Promise<AskOutcome> => {
    if (cached) {
      const asked = pickTemplates(cached, kinds);
      if (asked.length === 0) return Promise.resolve(NOT_ASKED);
      return finish(startRequest(asked));
    }
    const loaded = preload();
    if (!deps.canWaitForTemplates) return Promise.resolve(NOT_ASKED);
    return loaded.then(() => {
      const asked = pickTemplates(cached ?? [], kinds);
      if (asked.length === 0) return NOT_ASKED;
      return finish(startRequest(asked));
    });
  };

  return { preload, ask };
}

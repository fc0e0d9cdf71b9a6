// The answer to a hand-over, big enough to read at arm's length: green (hand over this gift),
// amber (already collected, when), red (why not).
import { Text, View } from '@tarojs/components';
import { beijingClock, beijingDateTime } from '../../../../domain/time';
import type { HandoverResult } from '../../../../domain/welfare/contract';

export type Verdict = { kind: 'ok'; result: HandoverResult } | { kind: 'no'; message: string };

export function HandoverVerdict({ verdict }: { verdict: Verdict | null }) {
  return (
    <>
      {verdict?.kind === 'ok' ? (
        <View
          className={`wf-verdict wf-verdict--${verdict.result.already ? 'amber' : 'green'}`}
          data-testid="verdict"
        >
          <Text className="wf-verdict__big">
            {verdict.result.already
              ? `已领取过（${beijingClock(verdict.result.handedOverAt)}）`
              : '核销成功，请发放'}
          </Text>
          <Text className="wf-verdict__line">
            {verdict.result.name}（{verdict.result.staffNo}）
          </Text>
          <Text className="wf-verdict__line">礼包：{verdict.result.optionName}</Text>
          {verdict.result.already ? (
            <Text className="wf-verdict__line">
              已于 {beijingDateTime(verdict.result.handedOverAt)} 领取，请勿重复发放。
            </Text>
          ) : null}
        </View>
      ) : null}
      {verdict?.kind === 'no' ? (
        <View className="wf-verdict wf-verdict--red" data-testid="verdict">
          <Text className="wf-verdict__big">不能核销</Text>
          <Text className="wf-verdict__line">{verdict.message}</Text>
        </View>
      ) : null}
    </>
  );
}

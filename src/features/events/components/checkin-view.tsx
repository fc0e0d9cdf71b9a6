// At the door: scan a pass or type its 8 digits (the shared code entry), or find someone by
// name; every result says who and what happened; the count updates live.
import { Input, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import {
  alreadyResult,
  CodeEntry,
  type CodeResult,
  type Entered,
} from '../../../components/code-entry';
import { ErrorBanner } from '../../../components/error-banner';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { checkinTimingWarning } from '../../../../domain/events/rules';
import { beijingClock } from '../../../../domain/time';
import { events, type Attendance } from '../api';
import './events.scss';

export function CheckinView({ eventId }: { eventId: string }) {
  const [result, setResult] = useState<CodeResult | null>(null);
  const [att, setAtt] = useState<Attendance | null>(null);
  const [loadError, setLoadError] = useState<CloudError | null>(null);
  const [search, setSearch] = useState('');

  const reload = useCallback(() => {
    events('events.attendance', { eventId })
      .then((a) => {
        setAtt(a);
        setLoadError(null);
      })
      .catch((e: CloudError) => setLoadError(e));
  }, [eventId]);
  useEffect(() => {
    reload();
    // others may be checking people in at another door
    const timer = setInterval(reload, 15_000);
    return () => clearInterval(timer);
  }, [reload]);

  const submit = async (input: Entered | { staffNo: string }): Promise<void> => {
    try {
      const r = await events('events.checkin', { eventId, ...input });
      setResult(
        r.already
          ? alreadyResult(r.name, r.checkedInAt)
          : { kind: 'ok', text: `${r.name}（${r.staffNo}）签到成功` },
      );
      reload();
    } catch (e) {
      setResult({ kind: 'bad', text: toCloudError(e).message });
    }
  };

  const found =
    search.trim() && att
      ? att.list
          .filter(
            (r) =>
              r.status === 'confirmed' &&
              (r.name.includes(search.trim()) || r.staffNo === search.trim()),
          )
          .slice(0, 8)
      : [];

  return (
    <View>
      {att ? (
        <View className="ev-section">
          <Text className="ev-section__title" data-testid="live-count">
            已签到 {att.checkedIn} / {att.confirmed} 人
          </Text>
          <View className="ev-bar">
            <View
              className="ev-bar__fill"
              style={{
                width: `${att.confirmed ? Math.round((att.checkedIn / att.confirmed) * 100) : 0}%`,
              }}
            />
          </View>
        </View>
      ) : null}
      {att?.startAt && att.endAt
        ? (() => {
            const warn = checkinTimingWarning(
              new Date(att.startAt),
              new Date(att.endAt),
              new Date(),
            );
            return warn ? (
              <View className="ev-result ev-result--warn" data-testid="checkin-timing">
                {warn}
              </View>
            ) : null;
          })()
        : null}
      <ErrorBanner error={loadError} onRetry={reload} />
      <CodeEntry
        onEnter={submit}
        result={result}
        onResult={setResult}
        submitLabel="确认签到"
        resultTestId="checkin-result"
        sectionClassName="ev-section"
      />
      <View className="ev-section">
        <Text className="ev-section__title">没带手机？按姓名找</Text>
        <Input
          className="ev-picker"
          value={search}
          placeholder="输入姓名或工号"
          onInput={(e) => setSearch(e.detail.value)}
        />
        {found.map((r) => (
          <View key={r.staffNo} className="ev-row">
            <Text>
              {r.name}（{r.staffNo}）{r.checkedInAt ? ` 已签到 ${beijingClock(r.checkedInAt)}` : ''}
            </Text>
            {!r.checkedInAt ? (
              <Text className="ev-tag" onClick={() => submit({ staffNo: r.staffNo })}>
                签到
              </Text>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  );
}

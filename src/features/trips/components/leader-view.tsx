// 领队: my group's list (with emergency contacts: only the leader and admins see them), departure
// check-in by scanning a pass or typing its code, a search box, and the travel agency's .xlsx.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import {
  alreadyResult,
  CodeEntry,
  type CodeResult,
  type Entered,
} from '../../../components/code-entry';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { saveFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { pages } from '../../../../domain/pages';
import { beijing } from '../../../../domain/time';
import { trips } from '../api';
import { useLoad } from '../../../hooks/use-load';
import './trips.scss';

export function LeaderView({ groupId: initial }: { groupId?: string }) {
  const groups = useLoad(() => trips('trips.myGroups', {}), []);
  const [picked, setPicked] = useState<string | undefined>(initial);
  const groupId = picked ?? initial ?? groups.data?.groups[0]?.groupId;
  const roster = useLoad(
    () => (groupId ? trips('trips.roster', { groupId }) : Promise.resolve(null)),
    [groupId],
  );
  const [q, setQ] = useState('');
  const [result, setResult] = useState<CodeResult | null>(null);
  const [fail, setFail] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);

  if (groups.loading) return <LoadingState />;
  if (groups.error) return <ErrorBanner error={groups.error} onRetry={groups.reload} />;
  if (!groupId)
    return (
      <EmptyState
        title="你还没有带队的批次"
        hint="校工会指定你为领队后，批次会出现在这里。"
        action={{ label: '回首页', onClick: () => go(pages.tabs.home()) }}
      />
    );

  const checkin = async (what: Entered): Promise<void> => {
    setBusy(true);
    try {
      const r = await trips('trips.checkin', { groupId, ...what });
      setResult(
        r.already
          ? alreadyResult(r.name, r.checkedInAt)
          : { kind: 'ok', text: `${r.name} 签到成功` },
      );
      roster.reload();
    } catch (e) {
      setResult({ kind: 'bad', text: toCloudError(e).message });
    } finally {
      setBusy(false);
    }
  };
  const people = (roster.data?.people ?? []).filter(
    (p) => !q || p.name.includes(q) || p.staffNo.includes(q),
  );
  const checked = roster.data?.people.filter((p) => p.checkedInAt).length ?? 0;

  return (
    <View className="tr-stack">
      {(groups.data?.groups.length ?? 0) > 1 ? (
        <View className="tr-card">
          <Text className="tr-muted">选择批次</Text>
          {groups.data?.groups.map((g) => (
            <View
              key={g.groupId}
              className={`tr-group${g.groupId === groupId ? ' tr-group--on' : ''}`}
              onClick={() => setPicked(g.groupId)}
            >
              <Text>
                {g.routeName} · {beijing(g.departAt).format('M月D日')} 出发
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      {roster.loading ? <LoadingState /> : null}
      <ErrorBanner error={roster.error} onRetry={roster.reload} />
      {roster.data ? (
        <>
          <View className="tr-card">
            <Text className="tr-title">
              {roster.data.routeName} · {beijing(roster.data.departAt).format('M月D日')} 出发
            </Text>
            <Text className="tr-text">
              共 {roster.data.people.length} 人，已签到 {checked} 人；候补{' '}
              {roster.data.waitlist.length} 人。
            </Text>
          </View>
          <View className="tr-card">
            <Text className="tr-title">出发签到</Text>
            <CodeEntry
              onEnter={checkin}
              result={result}
              onResult={setResult}
              submitLabel="按签到码签到"
              resultTestId="trips-checkin-result"
              busy={busy}
            />
            <ErrorBanner error={fail} />
          </View>
          <View className="tr-card">
            <Input
              className="tr-input"
              placeholder="搜索姓名或工号"
              value={q}
              onInput={(e) => setQ(e.detail.value.trim())}
            />
            {people.map((p) => (
              <View key={p.staffNo} className="tr-row">
                <View>
                  <Text className="tr-text">
                    {p.name}（{p.staffNo}）{p.gender ?? ''} {p.phone ?? ''}
                  </Text>
                  <Text className="tr-muted">
                    {p.branchName ?? ''} · {p.status === 'confirmed' ? '已确认' : '待确认'}
                    {p.emergencyName
                      ? ` · 紧急联系人 ${p.emergencyName} ${p.emergencyPhone ?? ''}`
                      : ''}
                  </Text>
                </View>
                <Text className={p.checkedInAt ? 'tr-tag' : 'tr-muted'}>
                  {p.checkedInAt ? '已签到' : '未签到'}
                </Text>
              </View>
            ))}
          </View>
          <BigButton
            kind="secondary"
            onClick={async () => {
              try {
                await saveFile(await trips('trips.export', { groupId }));
              } catch (e) {
                setFail(toCloudError(e));
              }
            }}
          >
            导出旅行社名单（.xlsx）
          </BigButton>
        </>
      ) : null}
    </View>
  );
}

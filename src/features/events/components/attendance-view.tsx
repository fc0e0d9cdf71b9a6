// Who signed up and who came: counts as bars, a search box, the list, and an .xlsx export.
import { Input, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import type { CloudError } from '../../../services/cloud';
import { saveFile } from '../../../services/file';
import { beijingClock } from '../../../../domain/time';
import { events, type Attendance } from '../api';
import { PendingApprovals } from './pending-approvals';
import './events.scss';

const STATUS: Record<string, string> = {
  confirmed: '已报名',
  waitlisted: '候补',
  pending: '待定',
  rejected: '未通过',
  cancelled: '已取消',
};

export function AttendanceView({ eventId }: { eventId: string }) {
  const [a, setA] = useState<Attendance | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [q, setQ] = useState('');
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState('');
  const load = useCallback(() => {
    events('events.attendance', { eventId })
      .then((r) => {
        setA(r);
        setError(null);
      })
      .catch((e: CloudError) => setError(e));
  }, [eventId]);
  useDidShow(load);
  if (!a) return error ? <ErrorBanner error={error} onRetry={load} /> : <LoadingState />;
  const max = Math.max(1, a.confirmed, a.waitlisted, a.pending);
  const pendingLabel = a.approvals ? '待审核' : '待定';
  const bars = [
    { label: '已报名', n: a.confirmed },
    { label: '已签到', n: a.checkedIn },
    { label: '候补', n: a.waitlisted },
    { label: pendingLabel, n: a.pending },
  ];
  const pending = a.list.filter((r) => r.status === 'pending');
  const list = q.trim()
    ? a.list.filter((r) => r.name.includes(q.trim()) || r.staffNo.includes(q.trim()))
    : a.list;
  return (
    <View>
      <Text className="ev-section__title">{a.title}</Text>
      {a.approvals ? <PendingApprovals eventId={eventId} rows={pending} onChanged={load} /> : null}
      <View className="ev-bars ev-section">
        {bars.map((b) => (
          <View key={b.label}>
            <Text className="ev-card__line">
              {b.label} {b.n} 人
            </Text>
            <View className="ev-bar">
              <View
                className="ev-bar__fill"
                style={{ width: `${Math.round((b.n / max) * 100)}%` }}
              />
            </View>
          </View>
        ))}
      </View>
      <View className="ev-section">
        <BigButton
          kind="secondary"
          loading={busy}
          onClick={async () => {
            setBusy(true);
            setExported('');
            try {
              const file = await events('events.export', { eventId });
              await saveFile(file);
              setExported(`已导出 ${file.rows} 人：${file.filename}`);
            } catch (e) {
              setError(e as CloudError);
            } finally {
              setBusy(false);
            }
          }}
        >
          导出签到表（Excel）
        </BigButton>
        {exported ? (
          <Text className="ev-note" data-testid="export-done">
            {exported}
          </Text>
        ) : null}
        <ErrorBanner error={error} />
        <Input
          className="ev-picker"
          value={q}
          placeholder="按姓名或工号查找"
          onInput={(e) => setQ(e.detail.value)}
        />
      </View>
      <View className="ev-section" data-testid="attendance-list">
        {list.map((r) => (
          <View key={r.staffNo} className="ev-row">
            <Text>
              {r.name}（{r.staffNo}）{r.branchName ? ` · ${r.branchName}` : ''}
              {r.teamName ? ` · ${r.teamName}` : ''}
            </Text>
            <Text className={`ev-tag${r.checkedInAt ? ' ev-tag--ok' : ''}`}>
              {r.checkedInAt
                ? `已签到 ${beijingClock(r.checkedInAt)}`
                : r.waitPosition
                  ? `候补第 ${r.waitPosition} 位`
                  : r.status === 'pending'
                    ? pendingLabel
                    : STATUS[r.status]}
            </Text>
          </View>
        ))}
        {!list.length ? <Text className="ev-muted">没有找到。</Text> : null}
      </View>
    </View>
  );
}

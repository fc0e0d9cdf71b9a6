// 待审核: sign-ups waiting for the organizer (events that need approval). 通过 takes a seat;
// 不通过 asks for a reason (told to the person) and a confirmation. The list reloads after each.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AttendanceRow } from '../../../../domain/events/contract';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import type { CloudError } from '../../../services/cloud';
import { events } from '../api';
import './events.scss';
import { confirm } from '../../../components/confirm';

export function PendingApprovals({
  eventId,
  rows,
  onChanged,
}: {
  eventId: string;
  rows: AttendanceRow[];
  /** reload the list after a decision */
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [declining, setDeclining] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<CloudError | null>(null);

  const decide = async (r: AttendanceRow, approve: boolean) => {
    setBusy(r.staffNo);
    setError(null);
    setNote('');
    try {
      const out = await events('events.decide', {
        eventId,
        staffNo: r.staffNo,
        approve,
        ...(approve ? {} : { reason: reason.trim() }),
      });
      setNote(
        out.status === 'confirmed'
          ? `已通过${r.name}的报名，已通知本人。`
          : out.status === 'rejected'
            ? `已不通过${r.name}的报名，原因已告诉本人。`
            : `${r.name}的报名已经处理过了。`,
      );
      setDeclining(null);
      setReason('');
      onChanged();
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy(null);
    }
  };

  const decline = async (r: AttendanceRow) => {
    if (!reason.trim()) {
      setNote('请先写一下不通过的原因，会告诉报名的人。');
      return;
    }
    const ok = await confirm({
      title: '确认不通过',
      content: `不通过${r.name}的报名？原因「${reason.trim()}」会通知本人，之后不能再改。`,
      confirmText: '不通过',
      cancelText: '再想想',
    });
    if (ok) await decide(r, false);
  };

  return (
    <View className="ev-section" data-testid="pending-approvals">
      <Text className="ev-section__title">待审核（{rows.length} 人）</Text>
      <Text className="ev-muted">
        {rows.length
          ? '逐个看一下：通过后占一个名额，不通过要写原因。结果都会通知本人。'
          : '没有等你审核的报名了。'}
      </Text>
      {note ? <Text className="ev-card__line">{note}</Text> : null}
      <ErrorBanner error={error} />
      {rows.map((r) => (
        <View key={r.staffNo} className="ev-pending" data-testid="pending-row">
          <Text className="ev-card__line">
            {r.name} · {r.branchName ?? r.branchId}
          </Text>
          {declining === r.staffNo ? (
            <View>
              <Input
                className="ev-picker"
                value={reason}
                maxlength={100}
                placeholder="不通过的原因，例如 名额已满"
                onInput={(e) => setReason(e.detail.value)}
              />
              <View className="ev-pending__actions">
                <BigButton loading={busy === r.staffNo} onClick={() => decline(r)}>
                  确认不通过
                </BigButton>
                <BigButton
                  kind="plain"
                  onClick={() => {
                    setDeclining(null);
                    setReason('');
                  }}
                >
                  取消
                </BigButton>
              </View>
            </View>
          ) : (
            <View className="ev-pending__actions">
              <BigButton
                loading={busy === r.staffNo}
                disabled={busy !== null}
                onClick={() => decide(r, true)}
              >
                通过
              </BigButton>
              <BigButton
                kind="secondary"
                disabled={busy !== null}
                onClick={() => {
                  setDeclining(r.staffNo);
                  setReason('');
                  setNote('');
                }}
              >
                不通过
              </BigButton>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}

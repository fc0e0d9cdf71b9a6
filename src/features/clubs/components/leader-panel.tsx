// What a club's leaders manage on its page: join requests, members, and (admins) the leaders.
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import type { CloudError } from '../../../services/cloud';
import { clubs } from '../api';
import './clubs.scss';
import { confirm } from '../../../components/confirm';

type Person = { staffNo: string; name: string };

export function LeaderPanel({
  clubId,
  leaders,
  isAdmin,
  onChanged,
}: {
  clubId: string;
  /** leaders are shown but cannot be removed here */
  leaders: string[];
  isAdmin: boolean;
  onChanged: () => void;
}) {
  const [pending, setPending] = useState<Person[]>([]);
  const [members, setMembers] = useState<Person[]>([]);
  const [reason, setReason] = useState('');
  const [leaderNo, setLeaderNo] = useState('');
  const [error, setError] = useState<CloudError | null>(null);
  const [note, setNote] = useState('');

  const load = useCallback(() => {
    Promise.all([clubs('clubs.requests', { clubId }), clubs('clubs.members', { clubId })])
      .then(([r, m]) => {
        setPending(r.pending);
        setMembers(m.members);
      })
      .catch((e: CloudError) => setError(e));
  }, [clubId]);
  useEffect(load, [load]);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      setNote(done);
      load();
      onChanged();
    } catch (e) {
      setError(e as CloudError);
    }
  };

  return (
    <View className="clubs__card">
      <Text className="clubs__card-title">负责人管理</Text>
      <Text className="clubs__small">
        审核入会申请、管理成员。不通过或移出时请写明原因，对方会看到。
      </Text>
      {note ? <Text className="clubs__status">{note}</Text> : null}
      <ErrorBanner error={error} />
      <Field
        label="原因（不通过或移出时必填）"
        value={reason}
        onInput={setReason}
        placeholder="如：本期名额已满"
      />
      <Text className="clubs__line">待审核 {pending.length} 人</Text>
      {pending.map((p) => (
        <View key={p.staffNo} className="clubs__row">
          <Text className="clubs__line">{p.name}</Text>
          <View className="clubs__row-actions">
            <Text
              className="clubs__link"
              onClick={() =>
                void run(
                  () => clubs('clubs.approve', { clubId, staffNo: p.staffNo }),
                  `已通过 ${p.name} 的申请。`,
                )
              }
            >
              通过
            </Text>
            <Text
              className="clubs__link"
              onClick={() =>
                void run(
                  () => clubs('clubs.decline', { clubId, staffNo: p.staffNo, reason }),
                  `已婉拒 ${p.name} 的申请。`,
                )
              }
            >
              不通过
            </Text>
          </View>
        </View>
      ))}
      <Text className="clubs__line">成员 {members.length} 人</Text>
      {members.map((m) => (
        <View key={m.staffNo} className="clubs__row">
          <Text className="clubs__line">{m.name}</Text>
          {leaders.includes(m.staffNo) ? (
            <Text className="clubs__small">负责人</Text>
          ) : (
            <Text
              className="clubs__link"
              onClick={() =>
                void confirm(`确定把 ${m.name} 移出社团吗？`).then((ok) => {
                  if (ok)
                    void run(
                      () => clubs('clubs.remove', { clubId, staffNo: m.staffNo, reason }),
                      `已将 ${m.name} 移出社团。`,
                    );
                })
              }
            >
              移出
            </Text>
          )}
        </View>
      ))}
      {isAdmin ? (
        <View className="clubs__card">
          <Field label="设为负责人（工号，管理员）" value={leaderNo} onInput={setLeaderNo} />
          <BigButton
            kind="secondary"
            onClick={() =>
              void run(
                () => clubs('clubs.grantLeader', { clubId, staffNo: leaderNo.trim() }),
                '已设为负责人。',
              )
            }
          >
            设为负责人
          </BigButton>
        </View>
      ) : null}
    </View>
  );
}

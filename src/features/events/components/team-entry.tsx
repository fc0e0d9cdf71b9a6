// A branch chair enters their branch's team for a team event: a team name, the captain and the
// members by 工号 (one seat per team).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import type { CloudError } from '../../../services/cloud';
import { events, type EventDetail } from '../api';
import './events.scss';

export function TeamEntry({ event, onDone }: { event: EventDetail; onDone: () => void }) {
  const [name, setName] = useState('');
  const [captain, setCaptain] = useState('');
  const [members, setMembers] = useState('');
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const team = event.team;
  if (!team) return null;
  if (event.myBranchTeam) {
    return (
      <View className="ev-section">
        <Text className="ev-section__title">本分工会代表队：{event.myBranchTeam.name}</Text>
        <Text className="ev-card__line">队员工号：{event.myBranchTeam.members.join('、')}</Text>
      </View>
    );
  }
  return (
    <View className="ev-section">
      <Text className="ev-section__title">为本分工会报名一支队伍</Text>
      <Text className="ev-muted">
        每队 {team.min}–{team.max} 人（含队长），队员须是本分工会的教职工。
      </Text>
      <Field label="队名" value={name} onInput={setName} maxlength={20} />
      <Field label="队长工号" value={captain} onInput={setCaptain} maxlength={20} />
      <Field label="队员工号" hint="用空格或逗号隔开" value={members} onInput={setMembers} />
      <ErrorBanner error={error} />
      <BigButton
        loading={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await events('events.team', {
              eventId: event.eventId,
              name,
              captain,
              members: members.split(/[\s,，、]+/).filter(Boolean),
            });
            onDone();
          } catch (e) {
            setError(e as CloudError);
          } finally {
            setBusy(false);
          }
        }}
      >
        提交队伍
      </BigButton>
    </View>
  );
}

// 我的 › 我的社团: the clubs I belong to (or asked to join), each opening its page.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { ClubsContract } from '../../../../domain/clubs/contract';
import type { OutputOf } from '../../../../domain/contract';
import { NavRow } from '../../../components/nav-row';
import { go } from '../../../services/nav';
import { useMe } from '../../account/use-me';
import { clubs, STATUS_LABELS } from '../main-api';
import './my-clubs.scss';
import { pages } from '../../../../domain/pages';

type Mine = OutputOf<ClubsContract, 'clubs.mine'>['clubs'];

export function MyClubs() {
  const [list, setList] = useState<Mine | null>(null);
  // reload when who I am changes (just bound, identity switched): 我的社团 is never stale
  const staffNo = useMe().me?.staffNo ?? null;
  useEffect(() => {
    if (!staffNo) {
      setList(null);
      return;
    }
    clubs('clubs.mine', {})
      .then((r) => setList(r.clubs))
      .catch(() => setList(null));
  }, [staffNo]);
  if (!list) return null;
  return (
    <View className="my-clubs">
      <Text className="my-clubs__title">我的社团</Text>
      {list.length === 0 ? (
        <NavRow
          title="还没有加入社团"
          hint="去看看摄影、书画、读书会等协会"
          onClick={() => go(pages.clubs.index())}
        />
      ) : (
        list.map((c) => (
          <NavRow
            key={c.clubId}
            title={c.name}
            hint={c.leader ? '我是负责人' : STATUS_LABELS[c.myStatus ?? 'member']}
            onClick={() => go(pages.clubs.club({ clubId: c.clubId }))}
          />
        ))
      )}
    </View>
  );
}

// 社团 list: search by name, each club with its member count and my status; admins create clubs here.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { ClubSummary } from '../../../../domain/clubs/contract';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import type { CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { useMe } from '../../account/use-me';
import { clubs, STATUS_LABELS } from '../api';
import './clubs.scss';
import { pages } from '../../../../domain/pages';

function countText(c: ClubSummary): string {
  const n = c.memberCap ? `${c.memberCount}/${c.memberCap} 人` : `${c.memberCount} 人`;
  const how = c.joinPolicy === 'open' ? '直接加入' : '需审核';
  return c.myStatus ? `${n} · ${STATUS_LABELS[c.myStatus]}` : `${n} · ${how}`;
}

export function ClubList() {
  const { me } = useMe();
  const [q, setQ] = useState('');
  const [list, setList] = useState<ClubSummary[] | null>(null);
  const [error, setError] = useState<CloudError | null>(null);

  const load = useCallback((query: string) => {
    setError(null);
    clubs('clubs.list', query.trim() ? { q: query.trim() } : {})
      .then((r) => setList(r.clubs))
      .catch((e: CloudError) => setError(e));
  }, []);
  useEffect(() => load(''), [load]);

  return (
    <View className="clubs">
      <Field
        label="搜索社团"
        value={q}
        placeholder="输入名称，如“摄影”"
        onInput={(v) => {
          setQ(v);
          load(v);
        }}
      />
      <ErrorBanner error={error} onRetry={() => load(q)} />
      {!list && !error ? <LoadingState /> : null}
      {list && list.length === 0 ? (
        <EmptyState title="没有找到社团" hint="换个词再搜搜，或清空搜索看全部。" />
      ) : null}
      {list?.map((c) => (
        <NavRow
          key={c.clubId}
          title={c.name}
          hint={countText(c)}
          image={c.coverUrl ? { src: c.coverUrl, alt: `${c.name}的封面` } : undefined}
          onClick={() => go(pages.clubs.club({ clubId: c.clubId }))}
        />
      ))}
      {me?.roles.includes('admin') ? <CreateClub onDone={() => load(q)} /> : null}
    </View>
  );
}

function CreateClub({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('');
  const [cap, setCap] = useState('');
  const [leader, setLeader] = useState('');
  const [approval, setApproval] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await clubs('clubs.create', {
        name,
        joinPolicy: approval ? 'approval' : 'open',
        ...(cap.trim() ? { memberCap: Number(cap) } : {}),
        ...(leader.trim() ? { leaders: [leader.trim()] } : {}),
      });
      setName('');
      setCap('');
      setLeader('');
      void Taro.showToast({ title: '社团已创建', icon: 'success' });
      onDone();
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="clubs__card">
      <Text className="clubs__card-title">新建社团（管理员）</Text>
      <Field label="社团名称" value={name} onInput={setName} placeholder="如：太极拳协会" />
      <Field label="人数上限（可不填）" value={cap} onInput={setCap} type="number" />
      <Field label="负责人工号（可不填）" value={leader} onInput={setLeader} />
      <NavRow
        title={approval ? '加入需负责人审核' : '任何教职工可直接加入'}
        hint="点一下切换加入方式"
        tag="切换"
        onClick={() => setApproval(!approval)}
      />
      <ErrorBanner error={error} />
      <BigButton kind="secondary" loading={busy} onClick={() => void submit()}>
        创建社团
      </BigButton>
    </View>
  );
}

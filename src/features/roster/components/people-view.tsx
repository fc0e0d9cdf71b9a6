// 人员与角色: search the roster by name or 工号 (a branch chair sees only their branch), open a person.
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type { PersonSummary } from '../../../../domain/roster/contract';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { rosterApi } from '../api';
import { grantLabel, scopeNamer } from '../labels';
import { Chips } from './bits';
import './roster.scss';
import { pages } from '../../../../domain/pages';

type Status = 'all' | '在职' | '退休';
type Presence = 'active' | 'inactive';

export function PeopleView() {
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status>('all');
  const [presence, setPresence] = useState<Presence>('active');
  const [items, setItems] = useState<PersonSummary[]>([]);
  const [scopes, setScopes] = useState<{ id: string; name: string }[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CloudError | null>(null);
  const [names, setNames] = useState<{ id: string; name: string }[]>([]);

  const load = useCallback(
    async (nextPage: number, append: boolean) => {
      setLoading(true);
      setError(null);
      try {
        const res = await rosterApi.list({
          q: q.trim() || undefined,
          status: status === 'all' ? undefined : status,
          presence,
          page: nextPage,
        });
        setItems((old) => (append ? [...old, ...res.items] : res.items));
        setScopes((old) => (append ? [...old, ...res.scopeNames] : res.scopeNames));
        setTotal(res.total);
        setPage(nextPage);
      } catch (e) {
        setError(toCloudError(e));
      } finally {
        setLoading(false);
      }
    },
    [q, status, presence],
  );

  useEffect(() => {
    void load(1, false);
    // search again when a filter chip changes; typing waits for the search button
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, presence]);

  useEffect(() => {
    rosterApi.branches(true).then(
      (r) => setNames(r.branches),
      () => {},
    );
  }, []);

  const branchName = scopeNamer(names, scopes);

  return (
    <View className="roster">
      <Field label="查找" value={q} placeholder="输入姓名或工号" maxlength={30} onInput={setQ} />
      <BigButton onClick={() => void load(1, false)}>搜索</BigButton>
      <Chips<Status>
        options={[
          { value: 'all', label: '全部' },
          { value: '在职', label: '在职' },
          { value: '退休', label: '退休' },
        ]}
        value={status}
        onChange={setStatus}
      />
      <Chips<Presence>
        options={[
          { value: 'active', label: '在册' },
          { value: 'inactive', label: '不在册' },
        ]}
        value={presence}
        onChange={setPresence}
      />
      <ErrorBanner error={error} onRetry={() => void load(1, false)} />
      {!error ? (
        <Text className="roster-card__text">
          共 {total} 人{items.length < total ? `，已显示 ${items.length} 人` : ''}
        </Text>
      ) : null}
      {items.map((p) => (
        <View
          key={p.staffNo}
          className="roster-person"
          hoverClass="nav-row--pressed"
          onClick={() => go(pages.admin.rosterPerson({ staffNo: p.staffNo }))}
        >
          <View className="roster-person__main">
            <Text className="roster-person__name">
              {p.name} · {p.staffNo}
            </Text>
            <Text className="roster-person__meta">
              {p.branch} · {p.status} · {p.member ? '会员' : '非会员'}
            </Text>
            <View>
              {p.grants.map((g) => (
                <Text key={JSON.stringify(g)} className="roster-tag">
                  {grantLabel(g, branchName)}
                </Text>
              ))}
              {!p.bound ? <Text className="roster-tag roster-tag--quiet">未绑定微信</Text> : null}
              {!p.active ? <Text className="roster-tag roster-tag--quiet">不在册</Text> : null}
            </View>
          </View>
          <Text className="nav-row__arrow">›</Text>
        </View>
      ))}
      {loading ? <LoadingState /> : null}
      {!loading && !error && items.length === 0 ? (
        <EmptyState title="没有找到" hint="换个姓名或工号试试；新同事要先由校工会导入名册。" />
      ) : null}
      {!loading && items.length < total ? (
        <BigButton kind="secondary" onClick={() => void load(page + 1, true)}>
          加载更多
        </BigButton>
      ) : null}
    </View>
  );
}

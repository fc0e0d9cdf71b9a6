// h5 only: act as one of the local cloud's demo people, or as a new unbound user.
import { Input, Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { getDevOpenid, newDevOpenid, setDevOpenid } from '../../../services/dev-identity';
import { getDevUsers, type DevUser } from '../../../services/dev-users';
import { go } from '../../../services/nav';
import { meStore } from '../../account/use-me';
import { filterUsers, roleText } from '../filter';
import './dev-login.scss';
import { pages } from '../../../../domain/pages';

function actAs(openid: string) {
  setDevOpenid(openid);
  void meStore.refresh();
  go(pages.tabs.me());
}

export function DevLogin() {
  const [users, setUsers] = useState<DevUser[] | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [query, setQuery] = useState('');
  const current = getDevOpenid();

  const load = () => {
    setError(null);
    setUsers(null);
    getDevUsers().then(setUsers, (e: unknown) => setError(toCloudError(e)));
  };
  useEffect(load, []);

  const shown = useMemo(() => (users ? filterUsers(users, query) : []), [users, query]);

  return (
    <View className="dev-login">
      <Text className="dev-login__current">
        当前身份：{current || '未选择（相当于未绑定的新用户）'}
      </Text>
      <View
        className="dev-login__row dev-login__row--new"
        hoverClass="dev-login__row--pressed"
        onClick={() => actAs(newDevOpenid())}
      >
        <Text className="dev-login__name">未绑定的新用户</Text>
        <Text className="dev-login__meta">用一个新的微信身份，试试绑定工号</Text>
      </View>
      <Input
        className="dev-login__search"
        value={query}
        placeholder="搜索姓名、工号、分工会或身份"
        placeholderClass="dev-login__placeholder"
        onInput={(e) => setQuery(e.detail.value)}
      />
      <ErrorBanner error={error} onRetry={load} />
      {!users && !error ? <LoadingState text="正在读取演示账号…" /> : null}
      {users && shown.length === 0 ? (
        <Text className="dev-login__none">没有找到“{query}”，换个词试试。</Text>
      ) : null}
      {shown.map((u) => (
        <View
          key={u.openid}
          className={`dev-login__row${u.openid === current ? ' dev-login__row--current' : ''}`}
          hoverClass="dev-login__row--pressed"
          onClick={() => actAs(u.openid)}
        >
          <Text className="dev-login__name">
            {u.name} <Text className="dev-login__staffno">{u.staffNo}</Text>
          </Text>
          <Text className="dev-login__meta">
            {u.branch} · {roleText(u.roles)}
          </Text>
          <Text className="dev-login__openid">{u.openid}</Text>
        </View>
      ))}
      {users && shown.length < filterUsers(users, query, Infinity).length ? (
        <Text className="dev-login__none">
          只显示前 {shown.length} 位，输入名字或工号可找到其他人。
        </Text>
      ) : null}
    </View>
  );
}

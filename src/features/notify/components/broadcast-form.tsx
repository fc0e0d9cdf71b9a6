// 消息发送 (admin): write one notice to everyone, a branch or an event's participants; it reaches
// every inbox and, where people allowed it, WeChat. Shows how many got it each way.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { holdsRole } from '../../../../domain/account/roles';
import { rosterContract } from '../../../../domain/roster/contract';
import { eventsContract } from '../../../../domain/events/contract';
import type { Audience } from '../../../../domain/notify/contract';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { useMe } from '../../account/use-me';
import { call, toCloudError, type CloudError } from '../../../services/cloud';
import { getBroadcastStatus, listBroadcasts, sendBroadcast } from '../api';
import { DeliveryChart } from './delivery-chart';
import './notify.scss';
import { confirm } from '../../../components/confirm';
import { TextArea } from '../../../components/text-area';

type Option = { id: string; label: string };
type Status = Awaited<ReturnType<typeof getBroadcastStatus>>;
type Past = Awaited<ReturnType<typeof listBroadcasts>>['items'];

const newId = () => `bc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function BroadcastForm() {
  const { me, loading } = useMe();
  const isAdmin = !!me && holdsRole(me.grants, 'admin');
  const [type, setType] = useState<Audience['type']>('branch');
  const [branches, setBranches] = useState<Option[]>([]);
  const [events, setEvents] = useState<Option[]>([]);
  const [target, setTarget] = useState('');
  const [query, setQuery] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<CloudError | null>(null);
  const [sending, setSending] = useState(false);
  const [composeId, setComposeId] = useState(newId);
  const [status, setStatus] = useState<Status | null>(null);
  const [past, setPast] = useState<Past>([]);

  useEffect(() => {
    if (!me) return;
    setType(isAdmin ? 'all' : holdsRole(me.grants, 'branch_chair') ? 'branch' : 'event');
    const chairOf = me.grants
      .filter((g) => g.role === 'branch_chair' && g.branchId)
      .map((g) => g.branchId!);
    call(rosterContract, 'roster.branches', {})
      .then((r) =>
        setBranches(
          r.branches
            .filter((b) => b.active && (isAdmin || chairOf.includes(b.id)))
            .map((b) => ({ id: b.id, label: b.name })),
        ),
      )
      .catch(() =>
        setBranches(chairOf.map((id) => ({ id, label: me.branchId === id ? me.branch : id }))),
      );
    call(eventsContract, 'events.list', { scope: 'manage' })
      .then((r) => setEvents(r.items.map((e) => ({ id: e.eventId, label: e.title }))))
      .catch(() => setEvents([]));
    listBroadcasts()
      .then((r) => setPast(r.items))
      .catch(() => setPast([]));
  }, [me, isAdmin]);

  if (loading) return <LoadingState />;
  if (!me) return <ErrorBanner error={{ message: '请先绑定工号。' }} />;

  const options = type === 'branch' ? branches : type === 'event' ? events : [];
  const shown = options.filter((o) => !query.trim() || o.label.includes(query.trim()));
  const audienceOf = (): Audience | null =>
    type === 'all'
      ? { type }
      : target
        ? type === 'branch'
          ? { type, branchId: target }
          : { type, eventId: target }
        : null;
  const audienceLabel =
    type === 'all' ? '全体教职工' : (options.find((o) => o.id === target)?.label ?? '');

  const showStatus = (id: string) =>
    getBroadcastStatus(id)
      .then(setStatus)
      .catch((e) => setError(toCloudError(e)));

  const send = async () => {
    const audience = audienceOf();
    if (!audience) return setProblem(type === 'branch' ? '请选择分工会。' : '请选择活动。');
    if (!title.trim() || !body.trim()) return setProblem('请填写标题和内容。');
    setProblem('');
    const ok = await confirm({
      title: '确认发送',
      content: `发给「${audienceLabel}」。发出后不能撤回。`,
      confirmText: '发送',
      cancelText: '再看看',
    });
    if (!ok) return;
    setSending(true);
    setError(null);
    try {
      const r = await sendBroadcast({ audience, title, body, broadcastId: composeId });
      await showStatus(r.broadcastId);
      setTitle('');
      setBody('');
      setComposeId(newId());
      listBroadcasts()
        .then((x) => setPast(x.items))
        .catch(() => {});
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setSending(false);
    }
  };

  const chip = (value: Audience['type'], label: string) => (
    <Text
      className={`broadcast__choice${type === value ? ' broadcast__choice--on' : ''}`}
      onClick={() => {
        setType(value);
        setTarget('');
        setQuery('');
      }}
    >
      {label}
    </Text>
  );

  return (
    <View className="broadcast">
      {status ? (
        <View className="broadcast__card" data-testid="broadcast-status">
          <Text className="broadcast__card-title">已发出：{status.title}</Text>
          <Text className="broadcast__meta">发给 {status.audienceLabel}</Text>
          <DeliveryChart status={status} />
          <Text className="broadcast__meta">
            站内消息立即送达；微信订阅消息每 5
            分钟发送一批，只发给允许过接收的人，夜间（22:00–7:30）不发。
          </Text>
          <BigButton kind="secondary" onClick={() => void showStatus(status.broadcastId)}>
            刷新送达情况
          </BigButton>
        </View>
      ) : null}
      <Text className="broadcast__label">发给谁</Text>
      <View className="broadcast__choices">
        {isAdmin ? chip('all', '全体教职工') : null}
        {branches.length > 0 ? chip('branch', '一个分工会') : null}
        {events.length > 0 ? chip('event', '活动报名者') : null}
      </View>
      {type !== 'all' ? (
        <>
          <Field
            label={type === 'branch' ? '找分工会' : '找活动'}
            value={query}
            onInput={setQuery}
            placeholder="输入名称搜索"
          />
          {shown.slice(0, 8).map((o) => (
            <Text
              key={o.id}
              data-testid="audience-option"
              className={`broadcast__choice${target === o.id ? ' broadcast__choice--on' : ''}`}
              onClick={() => setTarget(o.id)}
            >
              {o.label}
            </Text>
          ))}
        </>
      ) : null}
      <Field
        label="标题"
        value={title}
        onInput={setTitle}
        maxlength={40}
        placeholder="例如：周五下午分工会会议"
      />
      <TextArea
        label="内容"
        value={body}
        maxlength={500}
        rows={5}
        placeholder="写清楚时间、地点和要做的事"
        onInput={setBody}
      />
      {problem ? <Text className="broadcast__problem">{problem}</Text> : null}
      <ErrorBanner error={error} />
      <BigButton loading={sending} onClick={() => void send()}>
        发送通知
      </BigButton>
      {past.length > 0 ? <Text className="broadcast__label">发过的通知</Text> : null}
      {past.map((p) => (
        <NavRow
          key={p.broadcastId}
          title={p.title}
          hint={`${p.audienceLabel} · ${p.total} 人`}
          onClick={() => void showStatus(p.broadcastId)}
        />
      ))}
    </View>
  );
}

// The mixer (联谊) screens: the private declaration before sign-up (event page), the organizer's
// list of declarations, and after the event the private marks with only mutual matches shown.
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { MIXER_AGES } from '../../../../domain/clubs/rules';
import { beijingDateTime } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import type { CloudError } from '../../../services/cloud';
import { clubs } from '../api';
import './clubs.scss';
import './mixer.scss';

function Tick({
  on,
  onChange,
  children,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
  children: string;
}) {
  return (
    <View className="mixer__tick" onClick={() => onChange(!on)}>
      <Text className={`mixer__box${on ? ' mixer__box--on' : ''}`}>{on ? '✓' : ''}</Text>
      <Text>{children}</Text>
    </View>
  );
}

/** Before signing up for a mixer: "I am single" and consent; the age comes from the roster. */
export function MixerDeclare({ eventId, onDeclared }: { eventId: string; onDeclared: () => void }) {
  const [single, setSingle] = useState(false);
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [why, setWhy] = useState('');
  const [error, setError] = useState<CloudError | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    setWhy('');
    try {
      // the literal `true`s are what the contract asks; the button is off until both are ticked
      const r = await clubs('clubs.mixerDeclare', { eventId, single: true, consent: true });
      if (r.eligible) onDeclared();
      else setWhy(r.why ?? '这次不符合报名条件。');
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="clubs__card" data-testid="mixer-declare">
      <Text className="clubs__card-title">报名前的个人声明</Text>
      <Text className="clubs__line">
        这是一场联谊活动，面向单身的教职工。请先确认下面两项，再点报名。
      </Text>
      <Tick on={single} onChange={setSingle}>
        我是单身
      </Tick>
      <Tick on={consent} onChange={setConsent}>
        我同意由这场活动的组织者核对我的声明
      </Tick>
      <Text className="clubs__small">
        年龄不用填：按名册里的出生年月核对（{MIXER_AGES.min}–{MIXER_AGES.max}{' '}
        岁）。声明只有这场活动的组织者能看到，不会出现在报名名单或任何别人能看到的地方。
      </Text>
      {why ? <Text className="clubs__status">{why}</Text> : null}
      <ErrorBanner error={error} />
      <BigButton loading={busy} disabled={!single || !consent} onClick={() => void submit()}>
        提交声明
      </BigButton>
    </View>
  );
}

type Declaration = { staffNo: string; name: string; eligible: boolean; declaredAt: string };

/** Organizers of a mixer: who has declared (names only), to check against the sign-ups. */
export function MixerDeclarations({ eventId }: { eventId: string }) {
  const [list, setList] = useState<Declaration[] | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const load = useCallback(() => {
    clubs('clubs.mixerDeclarations', { eventId })
      .then((r) => setList(r.declarations))
      .catch((e: CloudError) => setError(e));
  }, [eventId]);
  useEffect(load, [load]);
  return (
    <View className="clubs__card" data-testid="mixer-declarations">
      <Text className="clubs__card-title">联谊声明{list ? ` ${list.length} 人` : ''}</Text>
      <Text className="clubs__small">
        只有你（组织者）能看到这份名单，请勿转发。每人已确认单身，年龄按名册核对。
      </Text>
      <ErrorBanner error={error} onRetry={load} />
      {!list && !error ? <LoadingState /> : null}
      {list?.map((d) => (
        <View key={d.staffNo} className="clubs__row">
          <Text className="clubs__line">{d.name}</Text>
          <Text className="clubs__small">{beijingDateTime(d.declaredAt)} 声明</Text>
        </View>
      ))}
    </View>
  );
}

type Person = { staffNo: string; name: string; marked: boolean };

/** After the event: mark whom I'd like to meet again (private); only mutual marks are shown. */
export function MixerMarks({ eventId }: { eventId: string }) {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [open, setOpen] = useState(false);
  const [matches, setMatches] = useState<{ staffNo: string; name: string }[]>([]);
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState('');

  const load = useCallback(() => {
    Promise.all([clubs('clubs.mixerPeople', { eventId }), clubs('clubs.mixerMatches', { eventId })])
      .then(([p, m]) => {
        setPeople(p.people);
        setOpen(p.open);
        setMatches(m.matches);
        setError(null);
      })
      .catch((e: CloudError) => setError(e));
  }, [eventId]);
  useEffect(load, [load]);

  const toggle = async (p: Person) => {
    setBusy(p.staffNo);
    setError(null);
    try {
      await clubs('clubs.mixerMark', { eventId, staffNo: p.staffNo, like: !p.marked });
      load();
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy('');
    }
  };

  if (!people) return error ? <ErrorBanner error={error} onRetry={load} /> : <LoadingState />;
  return (
    <View className="clubs">
      <View className="clubs__card">
        <Text className="clubs__card-title">互相想再见面</Text>
        {matches.length === 0 ? (
          <Text className="clubs__small">还没有。只有你和对方都标记了彼此，才会出现在这里。</Text>
        ) : (
          matches.map((m) => (
            <Text key={m.staffNo} className="mixer__match">
              你和 {m.name} 都想再见面
            </Text>
          ))
        )}
      </View>

      <View className="clubs__card">
        <Text className="clubs__card-title">这场联谊的参加者</Text>
        <Text className="clubs__line">
          {open
            ? '标记你想再见面的人。你标记了谁只有你自己知道；对方也标记了你，你们才会互相看到。'
            : '活动结束后才能在这里标记。'}
        </Text>
        <ErrorBanner error={error} />
        {people.length === 0 ? <EmptyState title="还没有其他参加者" /> : null}
        {people.map((p) => (
          <View key={p.staffNo} className="clubs__row">
            <Text className="clubs__line">{p.name}</Text>
            {open ? (
              <Text className="clubs__link" onClick={() => (busy ? undefined : void toggle(p))}>
                {p.marked ? '已标记（点此撤回）' : '想再见面'}
              </Text>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  );
}

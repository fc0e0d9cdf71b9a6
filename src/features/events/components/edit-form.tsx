// Create or edit an event: the essentials on one screen (what, when, where, how many, who for,
// first come or lottery, a mixer or not). Times are picked (Beijing time), with suggestions that
// follow the start; a problem scrolls into view and goes as soon as its field is changed.
// Opened from a club page (?clubId=…) it publishes that club's activity: the audience is fixed
// to the club, optionally open to every staff member. An event may need the organizer's approval
// (报名后待审核); a mixer sets the age range its declarations are checked against.
import { Picker, Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { DEFAULT_MIXER_AGES, EVENT_TYPES } from '../../../../domain/events/contract';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { fieldId, withoutProblem } from '../../../components/field/first-problem';
import { scrollToFirstProblem } from '../../../components/field/scroll';
import { TextArea } from '../../../components/text-area';
import type { CloudError } from '../../../services/cloud';
import { events, EVENT_URLS } from '../api';
import { AUDIENCES, audienceOf } from '../audience-choice';
import { mixerAgesOf, parseBeijingInput, suggestTimes, toBeijingInput } from '../format';
import './events.scss';

interface Form {
  title: string;
  type: number;
  location: string;
  description: string;
  startAt: string;
  endAt: string;
  signupOpenAt: string;
  signupCloseAt: string;
  capacity: string;
  lottery: boolean;
  approval: boolean;
  audience: number;
  /** club activity: every staff member may sign up too, not only the club's members */
  openToAll: boolean;
  /** a mixer (联谊): sign-up needs a private declaration first */
  mixer: boolean;
  /** mixer age range, as typed */
  mixerMin: string;
  mixerMax: string;
}

const blank: Form = {
  title: '',
  type: 0,
  location: '',
  description: '',
  startAt: '',
  endAt: '',
  signupOpenAt: '',
  signupCloseAt: '',
  capacity: '',
  lottery: false,
  approval: false,
  audience: 0,
  openToAll: false,
  mixer: false,
  mixerMin: String(DEFAULT_MIXER_AGES.min),
  mixerMax: String(DEFAULT_MIXER_AGES.max),
};

/** The four instants, in the order the form asks for them. */
const TIMES: readonly {
  key: 'startAt' | 'endAt' | 'signupOpenAt' | 'signupCloseAt';
  label: string;
  hint?: string;
}[] = [
  { key: 'startAt', label: '活动开始' },
  { key: 'endAt', label: '活动结束' },
  { key: 'signupOpenAt', label: '报名开始' },
  { key: 'signupCloseAt', label: '报名截止', hint: '取消报名也在活动开始前截止' },
];

const MIXER_TYPE = EVENT_TYPES.indexOf('联谊');

/** The fields in the order they appear (the first with a problem is scrolled to). */
const ORDER = [
  'title',
  'location',
  'startAt',
  'endAt',
  'signupOpenAt',
  'signupCloseAt',
  'capacity',
  'mixerMin',
  'mixerMax',
];

export function EditForm({
  eventId,
  clubId,
  clubName,
}: {
  eventId?: string;
  /** publish an activity of this club (a club leader, or an organizer on its behalf) */
  clubId?: string;
  clubName?: string;
}) {
  const [f, setF] = useState<Form>(blank);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof Form>(k: K) =>
    (v: Form[K]) => {
      setF((old) => ({ ...old, [k]: v }));
      setProblems((old) => withoutProblem(old, k));
    };
  const suggest = suggestTimes(new Date().toISOString(), f.startAt);

  useEffect(() => {
    if (!eventId) return;
    events('events.get', { eventId })
      .then((e) =>
        setF({
          title: e.title,
          type: EVENT_TYPES.indexOf(e.type),
          location: e.location,
          description: e.description,
          startAt: toBeijingInput(e.startAt),
          endAt: toBeijingInput(e.endAt),
          signupOpenAt: toBeijingInput(e.signupOpenAt),
          signupCloseAt: toBeijingInput(e.signupCloseAt),
          capacity: String(e.capacity),
          lottery: e.allocation === 'lottery',
          approval: e.approval,
          audience: 0,
          openToAll: false,
          mixer: e.mixer,
          mixerMin: String(e.mixerAges?.min ?? DEFAULT_MIXER_AGES.min),
          mixerMax: String(e.mixerAges?.max ?? DEFAULT_MIXER_AGES.max),
        }),
      )
      .catch((e: CloudError) => setError(e));
  }, [eventId]);

  const submit = async () => {
    const times: Record<string, string | null> = {};
    const bad: Record<string, string> = {};
    for (const k of ['startAt', 'endAt', 'signupOpenAt', 'signupCloseAt'] as const) {
      times[k] = parseBeijingInput(f[k]);
      if (!times[k]) bad[k] = '请选择日期和时间';
    }
    if (!f.title.trim()) bad.title = '请填写活动名称';
    if (!f.location.trim()) bad.location = '请填写活动地点';
    if (!eventId && !(Number(f.capacity) >= 1)) bad.capacity = '名额至少 1 个';
    const ages = mixerAgesOf(f.mixerMin, f.mixerMax);
    if (f.mixer && !ages.ok) bad[ages.field] = ages.why;
    const mixerAges = f.mixer && ages.ok ? { min: ages.min, max: ages.max } : undefined;
    setProblems(bad);
    if (Object.keys(bad).length) {
      scrollToFirstProblem(ORDER, bad);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (eventId) {
        await events('events.update', {
          eventId,
          title: f.title,
          location: f.location,
          description: f.description,
          startAt: times.startAt as string,
          endAt: times.endAt as string,
          signupOpenAt: times.signupOpenAt as string,
          signupCloseAt: times.signupCloseAt as string,
          ...(f.lottery ? {} : { approval: f.approval }),
          ...(mixerAges ? { mixerAges } : {}),
        });
        await Taro.showToast({ title: '已保存', icon: 'success' });
        Taro.navigateBack();
      } else {
        const r = await events('events.create', {
          title: f.title,
          type: EVENT_TYPES[f.type],
          location: f.location,
          description: f.description,
          startAt: times.startAt as string,
          endAt: times.endAt as string,
          signupOpenAt: times.signupOpenAt as string,
          signupCloseAt: times.signupCloseAt as string,
          capacity: Number(f.capacity),
          allocation: f.lottery ? 'lottery' : 'first_come',
          approval: !f.lottery && f.approval,
          audience: audienceOf(f, clubId),
          mixer: f.mixer,
          ...(mixerAges ? { mixerAges } : {}),
        });
        Taro.redirectTo({ url: EVENT_URLS.detail(r.eventId) });
      }
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <Field
        id={fieldId('title')}
        label="活动名称"
        value={f.title}
        onInput={set('title')}
        error={problems.title}
        maxlength={40}
        placeholder="例如 中医养生讲座"
      />
      {!eventId ? (
        <View className="ev-section">
          <Text className="field__label">活动类型</Text>
          <Picker
            mode="selector"
            range={[...EVENT_TYPES]}
            value={f.type}
            onChange={(e) => set('type')(Number(e.detail.value))}
          >
            <View className="ev-picker">{EVENT_TYPES[f.type]}</View>
          </Picker>
        </View>
      ) : null}
      <Field
        id={fieldId('location')}
        label="活动地点"
        placeholder="例如 图书馆报告厅"
        value={f.location}
        onInput={set('location')}
        error={problems.location}
        maxlength={60}
      />
      {TIMES.map((t) => (
        <DateField
          key={t.key}
          id={fieldId(t.key)}
          kind="datetime"
          label={t.label}
          hint={t.hint}
          value={f[t.key]}
          suggest={suggest[t.key]}
          onChange={set(t.key)}
          error={problems[t.key]}
        />
      ))}
      {!eventId ? (
        <View>
          <Field
            id={fieldId('capacity')}
            label="名额"
            placeholder="例如 100"
            type="number"
            value={f.capacity}
            onInput={set('capacity')}
            error={problems.capacity}
          />
          {clubId ? (
            <View className="ev-section">
              <Text className="field__label">面向</Text>
              <Text className="ev-card__line" data-testid="club-audience">
                {clubName || '本社团'}的成员
              </Text>
              <View className="ev-row">
                <Text>也向全校教职工开放</Text>
                <Switch
                  checked={f.openToAll}
                  nativeProps={{ 'aria-label': '也向全校教职工开放' }}
                  onChange={(e) => set('openToAll')(e.detail.value)}
                />
              </View>
              <Text className="ev-muted">
                不开放时只有社团成员能报名；开放后全校教职工都能报名。
              </Text>
            </View>
          ) : (
            <View className="ev-section">
              <Text className="field__label">面向</Text>
              <Picker
                mode="selector"
                range={AUDIENCES.map((a) => a.label)}
                value={f.audience}
                onChange={(e) => set('audience')(Number(e.detail.value))}
              >
                <View className="ev-picker">{AUDIENCES[f.audience].label}</View>
              </Picker>
            </View>
          )}
          <View className="ev-row">
            <Text>报名截止后抽签（不选则先到先得）</Text>
            <Switch
              checked={f.lottery}
              nativeProps={{ 'aria-label': '报名截止后抽签' }}
              onChange={(e) => set('lottery')(e.detail.value)}
            />
          </View>
          <View className="ev-row">
            <Text>联谊活动（报名前先提交单身声明）</Text>
            <Switch
              checked={f.mixer}
              nativeProps={{ 'aria-label': '联谊活动' }}
              onChange={(e) => {
                const on = e.detail.value;
                setF((old) => ({ ...old, mixer: on, type: on ? MIXER_TYPE : old.type }));
              }}
            />
          </View>
        </View>
      ) : null}
      {!f.lottery ? (
        <View className="ev-section">
          <View className="ev-row">
            <Text>需要组织者审核</Text>
            <Switch
              checked={f.approval}
              nativeProps={{ 'aria-label': '需要组织者审核' }}
              onChange={(e) => set('approval')(e.detail.value)}
              data-testid="approval-switch"
            />
          </View>
          <Text className="ev-muted">
            打开后，报名先进入「待审核」，你在「报名名单」里逐个通过或不通过，结果会通知本人。
          </Text>
        </View>
      ) : null}
      {f.mixer ? (
        <View className="ev-section">
          <Text className="field__label">联谊面向的年龄</Text>
          <View className="ev-pending__actions">
            <Field
              id={fieldId('mixerMin')}
              label="最小（岁）"
              placeholder="例如 25"
              type="number"
              value={f.mixerMin}
              onInput={set('mixerMin')}
              error={problems.mixerMin}
            />
            <Field
              id={fieldId('mixerMax')}
              label="最大（岁）"
              placeholder="例如 45"
              type="number"
              value={f.mixerMax}
              onInput={set('mixerMax')}
              error={problems.mixerMax}
            />
          </View>
          <Text className="ev-muted">
            18–80 岁之间，不改就是 22–45
            岁。年龄按名册里的出生年月核对；单身声明只有组织者能看到，不会出现在任何名单上。
          </Text>
        </View>
      ) : null}
      <TextArea
        label="活动介绍"
        placeholder="写清楚内容、要带的东西"
        value={f.description}
        onInput={set('description')}
        maxlength={2000}
        rows={5}
      />
      <ErrorBanner error={error} />
      <View className="ev-section">
        <BigButton loading={busy} onClick={submit}>
          {eventId ? '保存修改' : '发布活动'}
        </BigButton>
      </View>
    </View>
  );
}

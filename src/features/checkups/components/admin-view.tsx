// 体检管理: the campaigns; per campaign the progress (per branch and per day, with bars), the
// hospital's list per day as .xlsx, check-ups elsewhere to approve, and a setup form. A branch
// chair sees their own branch's progress only.
import { Image, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { DateField } from '../../../components/date-field';
import { DateList } from '../../../components/date-list';
import { Field } from '../../../components/field';
import { fieldId, withoutProblem } from '../../../components/field/first-problem';
import { scrollToFirstProblem } from '../../../components/field/scroll';
import { LoadingState } from '../../../components/loading-state';
import { TextArea } from '../../../components/text-area';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { saveFile } from '../../../services/file';
import { beijingDay } from '../../../../domain/time';
import { useMe } from '../../account/use-me';
import { useLoad } from '../../../hooks/use-load';
import { checkups, type Out } from '../api';
import { setupProblems, toCreateInput, type SetupForm } from '../setup-form';
import { go } from '../../../services/nav';
import { pages } from '../../../../domain/pages';
import { dayLabel, yuan } from '../view';
import './checkups.scss';

export function AdminView() {
  const { me } = useMe();
  const isAdmin = Boolean(me?.roles.includes('admin'));
  const [tick, setTick] = useState(0);
  const list = useLoad(() => checkups('checkups.listCampaigns', {}), [tick]);
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  if (list.loading && !list.data) return <LoadingState />;
  if (!list.data) return <ErrorBanner error={list.error} onRetry={list.reload} />;
  const campaigns = list.data.campaigns;
  const chosen = open ?? campaigns[0]?.campaignId ?? null;
  if (!isAdmin && !me?.roles.includes('branch_chair')) {
    // a desk worker: the campaigns they check people in for
    return (
      <View>
        {campaigns.length === 0 ? <EmptyState title="你目前没有负责签到的体检" /> : null}
        {campaigns.map((c) => (
          <View key={c.campaignId} className="ck-section">
            <Text className="ck-title">{c.name}</Text>
            <Text className="ck-muted">
              {c.firstDate} 至 {c.lastDate}
            </Text>
            <BigButton onClick={() => go(pages.checkups.desk({ campaign: c.campaignId }))}>
              打开体检签到台
            </BigButton>
          </View>
        ))}
      </View>
    );
  }
  return (
    <View>
      {campaigns.length === 0 && !creating ? (
        <EmptyState
          title="还没有体检安排"
          hint={isAdmin ? '点下面「新建体检安排」开始。' : '校工会发布后会显示在这里。'}
        />
      ) : null}
      {campaigns.length > 1 ? (
        <View className="ck-days">
          {campaigns.map((c) => (
            <View
              key={c.campaignId}
              className={`ck-day${c.campaignId === chosen ? ' ck-day--on' : ''}`}
              onClick={() => setOpen(c.campaignId)}
            >
              {c.name}
            </View>
          ))}
        </View>
      ) : null}
      {chosen && !creating ? <CampaignPanel campaignId={chosen} isAdmin={isAdmin} /> : null}
      {isAdmin ? (
        creating ? (
          <CreateForm
            onDone={(id) => {
              setCreating(false);
              setOpen(id);
              setTick((n) => n + 1);
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <View className="ck-section">
            <BigButton kind="secondary" onClick={() => setCreating(true)}>
              新建体检安排
            </BigButton>
          </View>
        )
      ) : null}
    </View>
  );
}

function Bar({ total, booked, checkedIn }: { total: number; booked: number; checkedIn: number }) {
  const pct = (n: number) => `${total ? Math.round((n / total) * 100) : 0}%`;
  return (
    <View className="ck-bar" aria-hidden>
      <View className="ck-bar__in" style={{ width: pct(checkedIn) }} />
      <View className="ck-bar__booked" style={{ width: pct(booked - checkedIn) }} />
    </View>
  );
}

function CampaignPanel({ campaignId, isAdmin }: { campaignId: string; isAdmin: boolean }) {
  const progress = useLoad(() => checkups('checkups.progress', { campaignId }), [campaignId]);
  const [q, setQ] = useState('');
  const [error, setError] = useState<CloudError | null>(null);
  if (progress.loading && !progress.data) return <LoadingState />;
  if (!progress.data) return <ErrorBanner error={progress.error} onRetry={progress.reload} />;
  const p: Out<'checkups.progress'> = progress.data;
  const branches = p.branches.filter((b) => !q.trim() || b.name.includes(q.trim()));
  const exportDay = async (date: string) => {
    setError(null);
    try {
      await saveFile(await checkups('checkups.exportDay', { campaignId, date }));
    } catch (e) {
      setError(toCloudError(e));
    }
  };
  return (
    <View>
      <View className="ck-section" data-testid="ck-progress">
        <Text className="ck-title">{p.name}</Text>
        <Text className="ck-text">
          应检 {p.totals.eligible} 人：已预约 {p.totals.booked}，已签到 {p.totals.checkedIn}，未预约{' '}
          {p.totals.notBooked}
        </Text>
        <Bar total={p.totals.eligible} booked={p.totals.booked} checkedIn={p.totals.checkedIn} />
        <Text className="ck-muted">绿色：已签到；红色：已预约未签到；灰色：未预约。</Text>
      </View>
      <ErrorBanner error={error} />
      <View className="ck-section">
        <Text className="ck-title">每天</Text>
        {p.days.map((d) => (
          <View key={d.date}>
            <View className="ck-row">
              <Text>
                {dayLabel(d.date)}：{d.booked}/{d.capacity}，签到 {d.checkedIn}
              </Text>
              {isAdmin ? (
                <Text className="ck-slot" onClick={() => void exportDay(d.date)}>
                  医院名单
                </Text>
              ) : null}
            </View>
            <Bar total={d.capacity} booked={d.booked} checkedIn={d.checkedIn} />
          </View>
        ))}
      </View>
      <View className="ck-section">
        <Text className="ck-title">各分工会</Text>
        {p.branches.length > 3 ? (
          <Input
            className="ck-input"
            placeholder="搜索分工会"
            value={q}
            onInput={(e) => setQ(e.detail.value)}
          />
        ) : null}
        {branches.map((b) => (
          <View key={b.branchId}>
            <View className="ck-row">
              <Text>{b.name}</Text>
              <Text>
                约 {b.booked}/{b.eligible}，签到 {b.checkedIn}，未约 {b.notBooked}
              </Text>
            </View>
            <Bar total={b.eligible} booked={b.booked} checkedIn={b.checkedIn} />
          </View>
        ))}
      </View>
      {isAdmin ? (
        <>
          <View className="ck-section">
            <BigButton
              kind="secondary"
              onClick={() => go(pages.checkups.desk({ campaign: campaignId }))}
            >
              打开体检签到台
            </BigButton>
          </View>
          <ElsewhereReview campaignId={campaignId} />
        </>
      ) : null}
      <Text className="ck-muted">工会只统计预约和签到，不保存任何体检结果。</Text>
    </View>
  );
}

function ElsewhereReview({ campaignId }: { campaignId: string }) {
  const [tick, setTick] = useState(0);
  const list = useLoad(
    () => checkups('checkups.listElsewhere', { campaignId }),
    [campaignId, tick],
  );
  const [error, setError] = useState<CloudError | null>(null);
  if (!list.data)
    return list.error ? <ErrorBanner error={list.error} onRetry={list.reload} /> : null;
  const decide = async (staffNo: string, approve: boolean, name: string) => {
    const ok = await Taro.showModal({
      title: approve ? `通过${name}的报销？` : `退回${name}的报销？`,
      content: approve ? '按发票金额报销，最多到套餐标准。' : '退回后对方可以重新提交。',
    });
    if (!ok.confirm) return;
    try {
      await checkups('checkups.reviewElsewhere', { campaignId, staffNo, approve, note: '' });
      setTick((n) => n + 1);
    } catch (e) {
      setError(toCloudError(e));
    }
  };
  return (
    <View className="ck-section">
      <Text className="ck-title">自行体检报销（{list.data.claims.length}）</Text>
      <ErrorBanner error={error} />
      {list.data.claims.length === 0 ? <Text className="ck-muted">还没有人提交。</Text> : null}
      {list.data.claims.map((c) => (
        <View key={c.staffNo} className="ck-section">
          <Text className="ck-text">
            {c.name}（{c.staffNo}）{c.hospital}，{c.examDate}
          </Text>
          <Text className="ck-text">
            发票 {yuan(c.amountFen)}，标准 {yuan(c.standardFen)}
            {c.approvedFen !== null ? `，已报销 ${yuan(c.approvedFen)}` : ''}
          </Text>
          {c.receiptUrl ? (
            <Image className="ck-receipt" src={c.receiptUrl} mode="aspectFit" />
          ) : null}
          {c.status === 'submitted' ? (
            <View className="ck-days">
              <BigButton onClick={() => void decide(c.staffNo, true, c.name)}>通过</BigButton>
              <BigButton kind="secondary" onClick={() => void decide(c.staffNo, false, c.name)}>
                退回
              </BigButton>
            </View>
          ) : (
            <Text className="ck-muted">{c.status === 'approved' ? '已通过' : '已退回'}</Text>
          )}
        </View>
      ))}
    </View>
  );
}

function CreateForm({ onDone, onCancel }: { onDone: (id: string) => void; onCancel: () => void }) {
  const today = beijingDay(new Date());
  const [f, setF] = useState<SetupForm>({
    name: `${today.slice(0, 4)}年教职工体检`,
    openDay: today,
    closeDay: '',
    hospital: '',
    address: '',
    shuttle: '',
    days: [],
    starts: '07:30 08:00 08:30 09:00',
    capacity: '25',
    addons: '',
    elsewhereDay: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (k: Exclude<keyof SetupForm, 'days'>) => (v: string) => setF({ ...f, [k]: v });
  const submit = async () => {
    const bad = setupProblems(f);
    setProblems(bad);
    if (Object.keys(bad).length) {
      scrollToFirstProblem(['days'], bad);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await checkups('checkups.createCampaign', toCreateInput(f));
      onDone(r.campaignId);
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="ck-section">
      <Text className="ck-title">新建体检安排</Text>
      <Field label="名称" value={f.name} onInput={set('name')} />
      <DateField
        label="预约开始日期"
        hint="当天 0 点开始"
        value={f.openDay}
        onChange={set('openDay')}
      />
      <DateField
        label="预约截止日期"
        hint="当天 24 点截止"
        value={f.closeDay}
        onChange={set('closeDay')}
      />
      <Field label="体检医院" value={f.hospital} onInput={set('hospital')} />
      <Field label="医院地址" value={f.address} onInput={set('address')} />
      <Field
        label="班车时间"
        hint="例如 7:00 东门发车"
        value={f.shuttle}
        onInput={set('shuttle')}
      />
      <DateList
        id={fieldId('days')}
        label="体检日期"
        hint="选一天就加一天；只给退休教职工的日子点「退休专场」"
        markLabel="退休专场"
        min={today}
        value={f.days}
        onChange={(days) => {
          setF({ ...f, days });
          setProblems((old) => withoutProblem(old, 'days'));
        }}
        error={problems.days}
      />
      <Field
        label="每天的时段"
        hint="用空格分开，例如 07:30 08:00"
        value={f.starts}
        onInput={set('starts')}
      />
      <Field label="每个时段名额" type="number" value={f.capacity} onInput={set('capacity')} />
      <TextArea
        label="自费加项"
        hint="每行一项：名称 价格（元），例如 胃肠镜 800"
        value={f.addons}
        onInput={set('addons')}
        placeholder={'胃肠镜 800'}
        rows={3}
      />
      <DateField
        label="自行体检报销截止日期"
        hint="不受理就不选"
        value={f.elsewhereDay}
        onChange={set('elsewhereDay')}
      />
      <Text className="ck-muted">
        套餐按性别和体检当天年龄（45 岁为界）自动分配，共 4 个标准套餐。
      </Text>
      <ErrorBanner error={error} />
      <BigButton loading={busy} onClick={() => void submit()}>
        发布体检安排
      </BigButton>
      <BigButton kind="plain" onClick={onCancel}>
        返回
      </BigButton>
    </View>
  );
}

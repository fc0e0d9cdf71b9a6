// 评优管理 (admin): set up a round; review nominations (search, accept / return / reject with a
// reason); close nominations for the vote; the results with bars and ties to decide; the 公示 and
// its private objections; the final list; results and certificates as .xlsx.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { Chip, ChipRow, Chips } from '../../../components/chips';
import { confirm } from '../../../components/confirm';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { TextArea } from '../../../components/text-area';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { saveFile } from '../../../services/file';
import { beijingDay, beijingDateTime, addDays } from '../../../../domain/time';
import { awards, type Out } from '../api';
import { STAGE_LABELS, STATUS_LABELS, quotaText, toCreateInput, type SetupForm } from '../view';
import './awards.scss';

export function AdminView({ roundId }: { roundId?: string }) {
  const [tick, setTick] = useState(0);
  const list = useLoad(() => awards('awards.rounds', {}), [tick]);
  const [open, setOpen] = useState<string | null>(roundId ?? null);
  const [creating, setCreating] = useState(false);
  if (list.loading && !list.data) return <LoadingState />;
  if (!list.data) return <ErrorBanner error={list.error} onRetry={list.reload} />;
  const rounds = list.data.rounds;
  const chosen = open ?? rounds[0]?.roundId ?? null;
  return (
    <View>
      {rounds.length === 0 && !creating ? (
        <EmptyState title="还没有评优活动" hint="点下面「新建评优」开始。" />
      ) : null}
      {rounds.length > 1 && !creating ? (
        <Chips
          label="评优活动"
          options={rounds.map((r) => ({ value: r.roundId, label: r.name }))}
          value={chosen ?? ''}
          onChange={setOpen}
        />
      ) : null}
      {chosen && !creating ? <RoundPanel key={chosen} roundId={chosen} /> : null}
      {creating ? (
        <CreateForm
          onDone={(id) => {
            setCreating(false);
            setOpen(id);
            setTick((n) => n + 1);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <View className="aw-section">
          <BigButton kind="secondary" onClick={() => setCreating(true)}>
            新建评优
          </BigButton>
        </View>
      )}
    </View>
  );
}

function RoundPanel({ roundId }: { roundId: string }) {
  const round = useLoad(() => awards('awards.round', { roundId }), [roundId]);
  const [tick, setTick] = useState(0);
  const changed = () => {
    round.reload();
    setTick((n) => n + 1);
  };
  const exportFile = useAction(
    async (kind: 'results' | 'certificates') => {
      const file = await awards(
        kind === 'results' ? 'awards.exportResults' : 'awards.exportCertificates',
        { roundId },
      );
      await saveFile(file);
      return file;
    },
    (f) => `已导出 ${f.rows} 行。`,
  );
  if (round.loading && !round.data) return <LoadingState />;
  if (!round.data) return <ErrorBanner error={round.error} onRetry={round.reload} />;
  const r = round.data;
  return (
    <View>
      <View className="aw-section" data-testid="aw-round">
        <Text className="aw-title">{r.name}</Text>
        <Text className="aw-text">
          {r.year} 年度 · {STAGE_LABELS[r.stage]}
        </Text>
        <Text className="aw-muted">
          提名 {beijingDateTime(r.nominateOpenAt)} 至 {beijingDateTime(r.nominateCloseAt)}；公示{' '}
          {r.publicityDays} 天
        </Text>
        {r.categories.map((c) => (
          <Text key={c.categoryId} className="aw-muted">
            {c.name}：{quotaText(c.quota)}
            {c.places ? `，评选 ${c.places} 名` : ''}
            {c.selfNomination ? '，可自荐' : ''}
          </Text>
        ))}
      </View>
      <NextStep round={r} onChanged={changed} tick={tick} />
      {r.stage === 'nominating' ? <Review roundId={roundId} tick={tick} /> : null}
      {r.stage === 'publicity' || r.stage === 'final' ? <Objections roundId={roundId} /> : null}
      <View className="aw-section">
        <Text className="aw-title">导出</Text>
        <ErrorBanner error={exportFile.error} />
        {exportFile.note ? <Text className="aw-text">{exportFile.note}</Text> : null}
        <View className="aw-buttons">
          <BigButton kind="secondary" onClick={() => void exportFile.run('results')}>
            导出评选结果
          </BigButton>
          {r.stage === 'publicity' || r.stage === 'final' ? (
            <BigButton kind="secondary" onClick={() => void exportFile.run('certificates')}>
              导出证书名单
            </BigButton>
          ) : null}
        </View>
      </View>
    </View>
  );
}

type RoundOut = Out<'awards.round'>;

/** The one next step of the round, with the results (and ties to decide) once voting started. */
function NextStep({
  round: r,
  onChanged,
  tick,
}: {
  round: RoundOut;
  onChanged: () => void;
  tick: number;
}) {
  const results = useLoad(
    () =>
      r.stage === 'nominating'
        ? Promise.resolve(null)
        : awards('awards.results', { roundId: r.roundId }),
    [r.roundId, r.stage, tick],
  );
  const [chosen, setChosen] = useState<string[]>([]);
  const [exclude, setExclude] = useState<string[]>([]);
  const step = useAction(
    async () => {
      if (r.stage === 'nominating') {
        const yes = await confirm({
          title: '截止提名，开始投票？',
          content: '截止后分工会不能再提名，待审核的提名不进入投票。',
          confirmText: '开始投票',
        });
        if (!yes) return null;
        return awards('awards.startVoting', { roundId: r.roundId });
      }
      if (r.stage === 'voting') {
        const yes = await confirm({
          title: `开始公示 ${r.publicityDays} 天？`,
          content: '公示名单只显示姓名、分工会和荣誉类别。开始后不能再投票。',
          confirmText: '开始公示',
        });
        if (!yes) return null;
        return awards('awards.startPublicity', { roundId: r.roundId, chosen });
      }
      const yes = await confirm({
        title: '公布最终名单？',
        content: exclude.length
          ? `勾选的 ${exclude.length} 人不予授予，其余公示人员记入荣誉档案。`
          : '公示人员全部记入荣誉档案（疗休养等会优先考虑）。',
        confirmText: '公布',
      });
      if (!yes) return null;
      return awards('awards.finalize', { roundId: r.roundId, exclude });
    },
    (a) => {
      if (a) onChanged();
      return a ? '已完成。' : '';
    },
  );
  const res = results.data;
  return (
    <View className="aw-section" data-testid="aw-next">
      <Text className="aw-title">下一步</Text>
      {res ? <ResultBars results={res} chosen={chosen} onChoose={setChosen} /> : null}
      {r.stage === 'publicity' && res ? (
        <ChipRow label="不予授予的人（公示有异议经核实的）" multiple>
          {res.categories.flatMap((c) =>
            c.rows
              .filter((x) => x.outcome === 'elected')
              .map((x) => (
                <Chip
                  key={x.nominationId}
                  multiple
                  label={`不授予 ${x.name}`}
                  on={exclude.includes(x.nominationId)}
                  onClick={() =>
                    setExclude(
                      exclude.includes(x.nominationId)
                        ? exclude.filter((e) => e !== x.nominationId)
                        : [...exclude, x.nominationId],
                    )
                  }
                />
              )),
          )}
        </ChipRow>
      ) : null}
      <ErrorBanner error={step.error} />
      {step.note ? <Text className="aw-text">{step.note}</Text> : null}
      {r.stage === 'final' ? (
        <Text className="aw-text">最终名单已经公布，获奖人员已记入荣誉档案。</Text>
      ) : (
        <BigButton loading={step.busy} onClick={() => void step.run()}>
          {r.stage === 'nominating'
            ? '截止提名，开始评委投票'
            : r.stage === 'voting'
              ? '开始公示'
              : '公布最终名单'}
        </BigButton>
      )}
    </View>
  );
}

function ResultBars({
  results,
  chosen,
  onChoose,
}: {
  results: Out<'awards.results'>;
  chosen: string[];
  onChoose: (ids: string[]) => void;
}) {
  return (
    <View data-testid="aw-results">
      <Text className="aw-text">已有 {results.judges} 位评委投票。</Text>
      {results.categories.map((c) => {
        const top = Math.max(1, ...c.rows.map((x) => x.votes));
        const tied = c.rows.filter((x) => x.outcome === 'tied');
        return (
          <View key={c.categoryId} className="aw-section">
            <Text className="aw-title">
              {c.name}（评选 {c.places} 名）
            </Text>
            {c.rows.map((x) => (
              <View key={x.nominationId}>
                <View className="aw-row">
                  <Text>
                    第 {x.rank} 名 {x.name} · {x.branchName}
                  </Text>
                  <Text>
                    {x.votes} 票{' '}
                    {x.outcome === 'elected' ? '当选' : x.outcome === 'tied' ? '并列' : ''}
                  </Text>
                </View>
                <View className="aw-bar" aria-hidden>
                  <View
                    className="aw-bar__in"
                    style={{ width: `${Math.round((x.votes / top) * 100)}%` }}
                  />
                </View>
              </View>
            ))}
            {tied.length > 0 && results.stage === 'voting' ? (
              <View>
                <Text className="aw-text">
                  有 {tied.length} 位得票并列，还剩 {c.tiedPlaces} 个名额，请选出上公示的人：
                </Text>
                <ChipRow label={`${c.name}的并列人选`} multiple>
                  {tied.map((x) => (
                    <Chip
                      key={x.nominationId}
                      multiple
                      label={x.name}
                      on={chosen.includes(x.nominationId)}
                      onClick={() =>
                        onChoose(
                          chosen.includes(x.nominationId)
                            ? chosen.filter((e) => e !== x.nominationId)
                            : [...chosen, x.nominationId],
                        )
                      }
                    />
                  ))}
                </ChipRow>
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

function Review({ roundId, tick }: { roundId: string; tick: number }) {
  const [again, setAgain] = useState(0);
  const list = useLoad(() => awards('awards.nominations', { roundId }), [roundId, tick, again]);
  const [q, setQ] = useState('');
  const [reason, setReason] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const decide = useAction(
    (nominationId: string, decision: 'accept' | 'return' | 'reject') =>
      awards('awards.review', { nominationId, decision, reason }),
    (a) => {
      setReason('');
      setOpenId(null);
      setAgain((n) => n + 1);
      return `已${STATUS_LABELS[a.status]}。`;
    },
  );
  if (!list.data)
    return list.error ? <ErrorBanner error={list.error} onRetry={list.reload} /> : <LoadingState />;
  const words = q.trim();
  const rows = list.data.items.filter(
    (n) =>
      !words || n.name.includes(words) || n.staffNo.includes(words) || n.branchName.includes(words),
  );
  const waiting = list.data.items.filter((n) => n.status === 'submitted').length;
  return (
    <View className="aw-section" data-testid="aw-review">
      <Text className="aw-title">
        审核提名（{list.data.items.length} 条，待审核 {waiting} 条）
      </Text>
      <Field label="搜索" hint="姓名、工号或分工会" value={q} onInput={setQ} />
      <ErrorBanner error={decide.error} />
      {decide.note ? <Text className="aw-text">{decide.note}</Text> : null}
      {rows.map((n) => (
        <View key={n.nominationId} className="aw-section" data-testid="aw-review-row">
          <Text className="aw-text">
            {n.name}（{n.staffNo}）· {n.branchName} · {n.categoryName}
            {n.self ? ' · 自荐' : ''}
          </Text>
          <Text className="aw-muted">{n.reason}</Text>
          <Text className="aw-text">状态：{STATUS_LABELS[n.status]}</Text>
          {n.reviewReason ? <Text className="aw-muted">意见：{n.reviewReason}</Text> : null}
          {n.status === 'submitted' || n.status === 'accepted' ? (
            openId === n.nominationId ? (
              <View>
                <TextArea
                  label="退回或不通过的原因"
                  value={reason}
                  onInput={setReason}
                  maxlength={200}
                />
                <View className="aw-buttons">
                  <BigButton
                    kind="secondary"
                    onClick={() => void decide.run(n.nominationId, 'return')}
                  >
                    退回修改
                  </BigButton>
                  <BigButton
                    kind="secondary"
                    onClick={() => void decide.run(n.nominationId, 'reject')}
                  >
                    不通过
                  </BigButton>
                  <BigButton kind="plain" onClick={() => setOpenId(null)}>
                    取消
                  </BigButton>
                </View>
              </View>
            ) : (
              <View className="aw-buttons">
                {n.status === 'submitted' ? (
                  <BigButton
                    loading={decide.busy}
                    onClick={() => void decide.run(n.nominationId, 'accept')}
                  >
                    通过{n.name}
                  </BigButton>
                ) : null}
                <BigButton kind="secondary" onClick={() => setOpenId(n.nominationId)}>
                  退回或不通过
                </BigButton>
              </View>
            )
          ) : null}
        </View>
      ))}
    </View>
  );
}

function Objections({ roundId }: { roundId: string }) {
  const list = useLoad(() => awards('awards.objections', { roundId }), [roundId]);
  if (!list.data)
    return list.error ? <ErrorBanner error={list.error} onRetry={list.reload} /> : null;
  return (
    <View className="aw-section" data-testid="aw-objections">
      <Text className="aw-title">公示期意见（{list.data.items.length}）</Text>
      <Text className="aw-muted">只有校工会能看到反映人和内容，请勿外传。</Text>
      {list.data.items.map((o) => (
        <View key={o.objectionId} className="aw-section">
          <Text className="aw-text">
            对 {o.nomineeName}（{o.categoryName}）
          </Text>
          <Text className="aw-text">{o.text}</Text>
          <Text className="aw-muted">
            反映人 {o.fromName}（{o.fromStaffNo}），{beijingDateTime(o.at)}
          </Text>
        </View>
      ))}
    </View>
  );
}

function CreateForm({ onDone, onCancel }: { onDone: (id: string) => void; onCancel: () => void }) {
  const today = beijingDay(new Date());
  const [f, setF] = useState<SetupForm>({
    name: `${today.slice(0, 4)}年度评优评先`,
    openDay: today,
    closeDay: addDays(today, 14),
    categories: '先进工会工作者 5%\n工会工作积极分子 5%\n三八红旗手 2\n最美家庭 1 自荐',
    votesPerJudge: '',
    publicityDays: '5',
    judges: '',
  });
  const [problem, setProblem] = useState('');
  const set = (k: keyof SetupForm) => (v: string) => setF({ ...f, [k]: v });
  const create = useAction(
    (input: Parameters<typeof awards<'awards.createRound'>>[1]) =>
      awards('awards.createRound', input),
    (a) => onDone(a.roundId),
  );
  const submit = () => {
    const parsed = toCreateInput(f);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setProblem('');
    void create.run(parsed.input);
  };
  return (
    <View className="aw-section">
      <Text className="aw-title">新建评优</Text>
      <Field label="名称" value={f.name} onInput={set('name')} />
      <DateField
        label="提名开始日期"
        hint="当天 0 点开始"
        value={f.openDay}
        onChange={set('openDay')}
      />
      <DateField
        label="提名截止日期"
        hint="当天 24 点截止"
        value={f.closeDay}
        onChange={set('closeDay')}
      />
      <TextArea
        label="荣誉类别（每行一个）"
        hint="写成「名称 名额」：名额写每个分工会的人数（如 3）或会员人数的比例（如 5%）；可加「评选20」表示全校评 20 名，加「自荐」表示允许自荐"
        value={f.categories}
        onInput={set('categories')}
        maxlength={2000}
      />
      <Field
        label="评委工号"
        hint="用空格分开；评委可以给每一类投票"
        value={f.judges}
        onInput={set('judges')}
      />
      <Field
        label="每位评委每类可投票数"
        hint="不填则等于该类的评选名额"
        type="number"
        value={f.votesPerJudge}
        onInput={set('votesPerJudge')}
      />
      <Field
        label="公示天数"
        type="number"
        value={f.publicityDays}
        onInput={set('publicityDays')}
      />
      {problem ? <Text className="aw-text">{problem}</Text> : null}
      <ErrorBanner error={create.error} />
      <BigButton loading={create.busy} onClick={submit}>
        发布评优
      </BigButton>
      <BigButton kind="plain" onClick={onCancel}>
        返回
      </BigButton>
    </View>
  );
}

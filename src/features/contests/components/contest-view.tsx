// One contest: what it is (round, criteria, conditions); a chair registers their branch's
// contestants and sees them; a judge goes to their sheets; the admin exports, unlocks a sheet
// with a reason and moves on to the next round; everyone can open the hall's scoreboard.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { confirm } from '../../../components/confirm';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { saveFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { pages } from '../../../../domain/pages';
import { useMe } from '../../account/use-me';
import { contests, type Out } from '../api';
import './contests.scss';

type View_ = Out<'contests.get'>;

export function ContestView({ contestId }: { contestId: string }) {
  const { me } = useMe();
  const c = useLoad(() => contests('contests.get', { contestId }), [contestId]);
  if (c.loading && !c.data) return <LoadingState />;
  if (!c.data) return <ErrorBanner error={c.error} onRetry={c.reload} />;
  const v = c.data;
  const chair = Boolean(me?.roles.includes('branch_chair'));
  const round = v.rounds[v.currentRound];
  return (
    <View>
      <View className="jc-section">
        <Text className="jc-title">{v.name}</Text>
        <Text className="jc-text">
          现在是：{round?.name}（共 {v.rounds.length} 轮，{v.entryCount} 位选手，{v.judgeCount}{' '}
          位评委）
        </Text>
        <Text className="jc-text">
          评分项：{v.criteria.map((k) => `${k.name} ${k.weight}`).join('、')}
        </Text>
        {v.eligibility?.maxAge != null ? (
          <Text className="jc-muted">
            参赛条件：到 {v.eligibility.onDay} 不超过 {v.eligibility.maxAge} 周岁
          </Text>
        ) : null}
        <Text className="jc-muted">{v.registering ? '正在报名。' : '报名已截止。'}</Text>
      </View>
      {v.amJudge ? (
        <View className="jc-section">
          <BigButton onClick={() => go(pages.contests.judge({ contestId }))}>去评分</BigButton>
        </View>
      ) : null}
      {v.canRegister ? <RegisterForm contestId={contestId} onDone={c.reload} /> : null}
      {v.canManage || chair ? <EntryList contestId={contestId} version={v.entryCount} /> : null}
      {v.canManage ? <ManagePanel v={v} onChanged={c.reload} /> : null}
      <View className="jc-section">
        <BigButton kind="secondary" onClick={() => go(pages.contests.board({ contestId }))}>
          打开现场大屏（实时排名）
        </BigButton>
      </View>
    </View>
  );
}

function RegisterForm({ contestId, onDone }: { contestId: string; onDone: () => void }) {
  const [staffNo, setStaffNo] = useState('');
  const reg = useAction(
    () => contests('contests.register', { contestId, staffNo: staffNo.trim() }),
    (r) => {
      setStaffNo('');
      onDone();
      const done = r.already ? '已经报过名了。' : '报名成功。';
      return r.notes.length ? `${done}${r.notes.join('；')}` : done;
    },
  );
  return (
    <View className="jc-section">
      <Text className="jc-title">报名参赛</Text>
      <Field
        label="选手工号"
        hint="分工会主席只能为本分工会的在职教职工报名。"
        value={staffNo}
        onInput={setStaffNo}
        maxlength={20}
      />
      <ErrorBanner error={reg.error} />
      {reg.note ? <Text className="jc-note">{reg.note}</Text> : null}
      <BigButton loading={reg.busy} disabled={!staffNo.trim()} onClick={() => void reg.run()}>
        报名
      </BigButton>
    </View>
  );
}

/** `version` changes when an entry is added, so the list follows a registration at once. */
function EntryList({ contestId, version }: { contestId: string; version: number }) {
  const list = useLoad(() => contests('contests.entries', { contestId }), [contestId, version]);
  const [q, setQ] = useState('');
  if (!list.data)
    return list.error ? <ErrorBanner error={list.error} onRetry={list.reload} /> : null;
  const shown = list.data.entries.filter(
    (e) =>
      !q.trim() ||
      e.name.includes(q.trim()) ||
      e.staffNo.includes(q.trim()) ||
      e.branchName.includes(q.trim()),
  );
  return (
    <View className="jc-section">
      <Text className="jc-title">报名名单（{list.data.entries.length} 人）</Text>
      {list.data.entries.length > 8 ? (
        <Field label="搜索姓名、工号或分工会" value={q} onInput={setQ} />
      ) : null}
      {shown.map((e) => (
        <View key={e.entryId} className="jc-row">
          <Text>
            {e.name}（{e.staffNo}）
          </Text>
          <Text className="jc-muted">{e.branchName}</Text>
          {e.notes.length ? <Text className="jc-warn">{e.notes.join('；')}</Text> : null}
        </View>
      ))}
      <BigButton kind="plain" onClick={list.reload}>
        刷新名单
      </BigButton>
    </View>
  );
}

function ManagePanel({ v, onChanged }: { v: View_; onChanged: () => void }) {
  const contestId = v.contestId;
  const [unlock, setUnlock] = useState({ staffNo: '', judge: '', reason: '' });
  const exportResults = useAction(async () =>
    saveFile(await contests('contests.exportResults', { contestId })),
  );
  const exportSheets = useAction(async () =>
    saveFile(await contests('contests.exportSheets', { contestId })),
  );
  const advance = useAction(
    async () => {
      const next = v.rounds[v.currentRound + 1]?.name ?? '';
      const ok = await confirm({
        title: '结束本轮',
        content: `按本轮排名，每组前 ${v.rounds[v.currentRound]?.advance ?? ''} 名（并列一同）进入「${next}」。结束后本轮不能再评分。确定吗？`,
        confirmText: '结束本轮',
      });
      return ok ? contests('contests.advance', { contestId }) : null;
    },
    (r) => {
      if (!r) return;
      onChanged();
      return `已进入下一轮，${r.advanced} 位选手晋级。`;
    },
  );
  const doUnlock = useAction(
    () =>
      contests('contests.unlock', {
        contestId,
        entryId: `${contestId}:${unlock.staffNo.trim()}`,
        judge: unlock.judge.trim(),
        reason: unlock.reason,
      }),
    () => {
      setUnlock({ staffNo: '', judge: '', reason: '' });
      return '已解锁，评委可以重新提交这张评分表。';
    },
  );
  const lastRound = v.currentRound >= v.rounds.length - 1;
  return (
    <View>
      <View className="jc-section">
        <Text className="jc-title">导出</Text>
        <BigButton
          kind="secondary"
          loading={exportResults.busy}
          onClick={() => void exportResults.run()}
        >
          导出成绩表（Excel）
        </BigButton>
        <BigButton
          kind="secondary"
          loading={exportSheets.busy}
          onClick={() => void exportSheets.run()}
        >
          导出各评委评分表（Excel）
        </BigButton>
        <ErrorBanner error={exportResults.error ?? exportSheets.error} />
      </View>
      {!lastRound ? (
        <View className="jc-section">
          <Text className="jc-title">结束「{v.rounds[v.currentRound]?.name}」</Text>
          <Text className="jc-muted">评委都提交后，按排名进入下一轮。</Text>
          <ErrorBanner error={advance.error} />
          {advance.note ? <Text className="jc-note">{advance.note}</Text> : null}
          <BigButton loading={advance.busy} onClick={() => void advance.run()}>
            结束本轮，公布晋级
          </BigButton>
        </View>
      ) : null}
      <View className="jc-section">
        <Text className="jc-title">解锁评分表</Text>
        <Text className="jc-muted">
          评委提交后评分表即锁定。确需修改时在这里解锁，原因会记录在案。
        </Text>
        <Field
          label="选手工号"
          value={unlock.staffNo}
          onInput={(x) => setUnlock((u) => ({ ...u, staffNo: x }))}
        />
        <Field
          label="评委工号"
          value={unlock.judge}
          onInput={(x) => setUnlock((u) => ({ ...u, judge: x }))}
        />
        <Field
          label="解锁原因"
          value={unlock.reason}
          onInput={(x) => setUnlock((u) => ({ ...u, reason: x }))}
          maxlength={100}
        />
        <ErrorBanner error={doUnlock.error} />
        {doUnlock.note ? <Text className="jc-note">{doUnlock.note}</Text> : null}
        <BigButton
          kind="secondary"
          loading={doUnlock.busy}
          disabled={!unlock.staffNo.trim() || !unlock.judge.trim() || !unlock.reason.trim()}
          onClick={() => void doUnlock.run()}
        >
          解锁
        </BigButton>
      </View>
    </View>
  );
}

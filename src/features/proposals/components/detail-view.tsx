// One proposal: its content, co-signers, review, answers and ratings, and what the caller can do
// now (co-sign, invite co-signers, edit, review, answer, rate, print).
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ProposalDetail } from '../../../../domain/proposals/contract';
import { KIND_LABELS, RATINGS, type Rating } from '../../../../domain/proposals/model';
import { COSIGNERS_REQUIRED } from '../../../../domain/proposals/rules';
import { beijingDateTime } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { proposalsApi } from '../api';
import { useLoad } from '../../../hooks/use-load';
import { Card, Chips, StatusTag, TextBox } from './bits';
import { pages } from '../../../../domain/pages';
import { confirm } from '../../../components/confirm';

const names = (list: { name: string }[]) => list.map((p) => p.name).join('、');

function InvitePanel({ p, onDone }: { p: ProposalDetail; onDone: () => void }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<
    { staffNo: string; name: string; delegation: string }[] | null
  >(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const taken = new Set([...p.invites, ...p.cosigners].map((x) => x.staffNo));

  const search = async () => {
    setError(null);
    try {
      setFound(
        (await proposalsApi.searchReps(p.sessionId, q)).items.filter((r) => !taken.has(r.staffNo)),
      );
    } catch (e) {
      setError(toCloudError(e));
    }
  };
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await proposalsApi.invite(p.id, picked);
      void Taro.showToast({
        title: '邀请已发出，对方在“我的提案”里同意后即完成附议',
        icon: 'none',
        duration: 3000,
      });
      setPicked([]);
      setFound(null);
      onDone();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };
  const need = Math.max(0, COSIGNERS_REQUIRED - p.cosigners.length);
  return (
    <Card title="邀请代表附议">
      <Text className="pp-small">
        {p.status === 'awaiting_cosign'
          ? `还需要 ${need} 位代表附议，附议满 ${COSIGNERS_REQUIRED} 人后提案自动提交给提案委员会。`
          : '附议人已够，还可以邀请更多代表附议。'}
      </Text>
      {p.invites.length ? <Text className="pp-small">等待回应：{names(p.invites)}</Text> : null}
      <View className="pp-pair">
        <Input
          className="pp-search"
          value={q}
          placeholder="输入代表姓名或代表团"
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => void search()}
        />
      </View>
      <BigButton kind="secondary" onClick={() => void search()}>
        查找代表
      </BigButton>
      {found && found.length === 0 ? (
        <Text className="pp-small">没有找到，换个名字试试。</Text>
      ) : null}
      {found?.map((r) => {
        const on = picked.includes(r.staffNo);
        return (
          <View
            key={r.staffNo}
            className={`pp-person${on ? ' pp-person--on' : ''}`}
            onClick={() =>
              setPicked((list) => (on ? list.filter((s) => s !== r.staffNo) : [...list, r.staffNo]))
            }
          >
            <Text>
              {on ? '☑ ' : '☐ '}
              {r.name}
            </Text>
            <Text className="pp-small">{r.delegation}</Text>
          </View>
        );
      })}
      <ErrorBanner error={error} />
      {picked.length ? (
        <BigButton loading={busy} onClick={() => void send()}>
          邀请这 {picked.length} 位代表附议
        </BigButton>
      ) : null}
    </Card>
  );
}

function RatePanel({ p, onDone }: { p: ProposalDetail; onDone: () => void }) {
  const [rating, setRating] = useState<Rating | ''>('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const send = async () => {
    if (!rating) return;
    if (rating === '不满意' && p.round === 1) {
      const ok = await confirm({
        title: '退回重新答复？',
        content: '选择“不满意”会把提案退回承办部门再答复一次（只能退回一次）。',
        confirmText: '退回',
      });
      if (!ok) return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await proposalsApi.rate({ proposalId: p.id, rating, comment });
      void Taro.showToast({
        title: r.status === 'closed' ? '谢谢你的评价，提案已办结' : '已退回承办部门再次答复',
        icon: 'none',
        duration: 2500,
      });
      onDone();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="评价答复">
      <Text className="pp-small">
        {p.round === 1
          ? '对答复不满意，可以退回一次，请承办部门再次答复。'
          : '这是第二次答复，评价后提案办结。'}
      </Text>
      <Chips<Rating>
        label="评价"
        options={RATINGS.map((r) => ({ value: r, label: r }))}
        value={rating as Rating}
        onChange={setRating}
      />
      <TextBox
        label="意见（可不填）"
        value={comment}
        onInput={setComment}
        maxlength={300}
        placeholder="说说哪里好、哪里还不够"
      />
      <ErrorBanner error={error} />
      <BigButton disabled={!rating} loading={busy} onClick={() => void send()}>
        提交评价
      </BigButton>
    </Card>
  );
}

function CosignPanel({ p, onDone }: { p: ProposalDetail; onDone: () => void }) {
  const [busy, setBusy] = useState<'yes' | 'no' | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const act = async (yes: boolean) => {
    setBusy(yes ? 'yes' : 'no');
    setError(null);
    try {
      if (yes) {
        const r = await proposalsApi.cosign(p.id);
        void Taro.showToast({
          title: r.status === 'filed' ? '已附议，提案已提交给提案委员会' : '已附议，谢谢支持',
          icon: 'none',
          duration: 2500,
        });
      } else {
        await proposalsApi.declineCosign(p.id);
        void Taro.showToast({ title: '已婉拒', icon: 'none' });
      }
      onDone();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card title={`${p.proposer.name}邀请你附议`}>
      <Text className="pp-small">附议表示你支持这份提案。看完内容后，请选择是否附议。</Text>
      <ErrorBanner error={error} />
      <BigButton loading={busy === 'yes'} onClick={() => void act(true)}>
        同意附议
      </BigButton>
      <BigButton kind="plain" loading={busy === 'no'} onClick={() => void act(false)}>
        婉拒
      </BigButton>
    </Card>
  );
}

export function DetailView({ id }: { id: string }) {
  const { data: p, error, loading, reload } = useLoad(() => proposalsApi.get(id), [id]);
  if (loading && !p) return <LoadingState />;
  if (error) return <ErrorBanner error={error} onRetry={reload} />;
  if (!p) return null;

  const decision = p.review
    ? p.review.decision === 'accept'
      ? p.kind === 'suggestion'
        ? '转交承办部门'
        : '立案'
      : p.review.decision === 'merge'
        ? '并案'
        : p.review.asSuggestion
          ? '不立案，转为建议'
          : '不立案'
    : '';

  return (
    <View className="pp-stack">
      <Card>
        <View className="pp-row__top">
          <Text className="pp-row__no">
            {p.sessionName} · {p.no ? `第${p.no}号` : '未编号'} · {KIND_LABELS[p.kind]}
          </Text>
          <StatusTag p={p} />
        </View>
        <Text className="pp-row__title">{p.title}</Text>
        <Text className="pp-small">类别：{p.category}</Text>
        <Text className="pp-small">提案人：{names([p.proposer, ...p.coProposers])}</Text>
        {p.kind === 'proposal' ? (
          <Text className="pp-small">
            附议人：{p.cosigners.length ? names(p.cosigners) : '暂无'}
          </Text>
        ) : null}
      </Card>

      {p.can.cosign ? <CosignPanel p={p} onDone={reload} /> : null}
      {p.can.rate ? <RatePanel p={p} onDone={reload} /> : null}
      {p.can.review ? (
        <BigButton onClick={() => go(pages.proposals.review({ id: p.id }))}>审查这份提案</BigButton>
      ) : null}
      {p.can.answerFor.map((d) => (
        <BigButton key={d.id} onClick={() => go(pages.proposals.answer({ id: p.id, dept: d.id }))}>
          以{d.name}名义答复
        </BigButton>
      ))}

      {p.mergedInto ? (
        <NavRow
          title={`已并入：${p.mergedInto.title}`}
          hint="并案后由那份提案统一办理，你仍是提案人之一"
          onClick={() => go(pages.proposals.detail({ id: p.mergedInto?.id ?? '' }))}
        />
      ) : null}

      <Card title="背景与问题">
        <Text className="pp-text">{p.background || '（未填写）'}</Text>
      </Card>
      <Card title="具体建议">
        <Text className="pp-text">{p.suggestion}</Text>
      </Card>

      {p.review ? (
        <Card title={`审查意见：${decision}`}>
          {p.review.reason ? <Text className="pp-text">{p.review.reason}</Text> : null}
          {p.departments.length ? (
            <Text className="pp-small">承办部门：{names(p.departments)}</Text>
          ) : null}
          {p.dueOn ? (
            <Text className={p.overdue ? 'pp-error' : 'pp-small'}>
              答复期限：{p.dueOn}
              {p.overdue ? '（已超期，请承办部门尽快答复）' : ''}
            </Text>
          ) : null}
          <Text className="pp-small">
            {p.review.by} · {beijingDateTime(p.review.at)}
          </Text>
        </Card>
      ) : null}

      {p.answers.map((a) => (
        <Card
          key={`${a.round}-${a.departmentName}`}
          title={`${a.departmentName}答复${a.round > 1 ? '（第二次）' : ''}：${a.status}`}
        >
          <Text className="pp-text">{a.text}</Text>
          <Text className="pp-small">
            {a.by} · {beijingDateTime(a.at)}
          </Text>
        </Card>
      ))}
      {p.ratings.map((r) => (
        <Card
          key={`${r.round}-${r.at}`}
          title={`提案人评价${r.round > 1 ? '（第二次）' : ''}：${r.rating}`}
        >
          {r.comment ? <Text className="pp-text">{r.comment}</Text> : null}
        </Card>
      ))}

      {p.can.invite ? <InvitePanel p={p} onDone={reload} /> : null}
      {p.can.edit ? (
        <BigButton kind="secondary" onClick={() => go(pages.proposals.file({ id: p.id }))}>
          {p.status === 'draft' ? '继续填写草稿' : '修改内容'}
        </BigButton>
      ) : null}

      <Card title="办理记录">
        {p.history.map((h, i) => (
          <Text key={i} className="pp-small">
            {beijingDateTime(h.at)} {h.by}：{h.what}
          </Text>
        ))}
      </Card>
      <NavRow
        title="打印这份提案"
        hint="提案表的打印版式"
        onClick={() => go(pages.proposals.print({ id: p.id }))}
      />
    </View>
  );
}

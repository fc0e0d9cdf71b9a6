// 写提案: the filing form with live rule checks (lengths, 一事一案) and similar proposals of the
// session shown before filing; saves drafts; a filed proposal can be edited until review starts.
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ProposalDetail } from '../../../../domain/proposals/contract';
import {
  KIND_LABELS,
  STATUS_LABELS,
  type Category,
  type ProposalKind,
} from '../../../../domain/proposals/model';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { proposalsApi } from '../api';
import {
  CATEGORY_CHOICES,
  EMPTY_FORM,
  checkForm,
  counter,
  type FormField,
  type FormValues,
} from '../form';
import { Card, Chips, TextBox } from './bits';
import { pages } from '../../../../domain/pages';

type Similar = Awaited<ReturnType<typeof proposalsApi.similar>>['items'];

function valuesOf(d: ProposalDetail): FormValues {
  return {
    kind: d.kind,
    title: d.title,
    category: d.category,
    background: d.background,
    suggestion: d.suggestion,
  };
}

export function FileForm({ sessionId, proposalId }: { sessionId?: string; proposalId?: string }) {
  const [values, setValues] = useState<FormValues>(EMPTY_FORM);
  const [session, setSession] = useState(sessionId ?? '');
  const [existing, setExisting] = useState<ProposalDetail | null>(null);
  const [loading, setLoading] = useState(!!proposalId || !sessionId);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState<'file' | 'draft' | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [serverErrors, setServerErrors] = useState<Partial<Record<FormField, string>>>({});
  const [similar, setSimilar] = useState<Similar>([]);

  // an existing draft (or filed proposal) to edit, or the current session
  useEffect(() => {
    const load = proposalId
      ? proposalsApi.get(proposalId).then((d) => {
          setExisting(d);
          setValues(valuesOf(d));
          setSession(d.sessionId);
        })
      : sessionId
        ? Promise.resolve()
        : proposalsApi
            .sessions()
            .then((r) =>
              setSession(
                r.sessions.find((s) => s.window === 'open')?.id ?? r.sessions[0]?.id ?? '',
              ),
            );
    load.then(
      () => setLoading(false),
      (e: unknown) => {
        setError(toCloudError(e));
        setLoading(false);
      },
    );
  }, [proposalId, sessionId]);

  // similar proposals of the session, looked up a moment after typing stops
  useEffect(() => {
    if (!session || values.title.trim().length + values.suggestion.trim().length < 6) {
      setSimilar([]);
      return;
    }
    const timer = setTimeout(() => {
      proposalsApi
        .similar({
          sessionId: session,
          title: values.title,
          suggestion: values.suggestion,
          excludeId: proposalId,
        })
        .then(
          (r) => setSimilar(r.items),
          () => setSimilar([]),
        );
    }, 700);
    return () => clearTimeout(timer);
  }, [session, values.title, values.suggestion, proposalId]);

  const check = checkForm(values, submitted);
  const errors: Partial<Record<FormField, string>> = { ...check.errors };
  for (const [k, v] of Object.entries(serverErrors)) if (v) errors[k as FormField] = v;
  const change = (field: keyof FormValues) => (v: string) => {
    setValues((old) => ({ ...old, [field]: v }));
    setServerErrors((e) => ({ ...e, [field]: undefined }));
  };

  const send = async (mode: 'file' | 'draft') => {
    setError(null);
    if (mode === 'file') {
      setSubmitted(true);
      if (!checkForm(values, true).ready) {
        void Taro.showToast({
          title: '还有内容需要修改，请看红字提示',
          icon: 'none',
          duration: 2500,
        });
        return;
      }
    } else if (!values.title.trim()) {
      setServerErrors({ title: '保存草稿也需要先写个标题' });
      return;
    }
    setBusy(mode);
    try {
      const input = {
        sessionId: session,
        proposalId: existing?.id,
        ...values,
        category: (values.category || '其他') as Category,
      };
      const r =
        mode === 'file' ? await proposalsApi.file(input) : await proposalsApi.saveDraft(input);
      const note =
        r.status === 'awaiting_cosign'
          ? '已提交。请邀请两位代表附议，附议满两人后自动交给提案委员会。'
          : r.status === 'draft'
            ? '草稿已保存，可以随时回来接着写。'
            : '已提交，提案委员会审查后会在这里告诉你结果。';
      void Taro.showToast({ title: note, icon: 'none', duration: 3000 });
      if (mode === 'draft' && !existing) {
        void Taro.redirectTo({ url: pages.proposals.file({ id: r.proposalId }) });
      } else if (mode === 'file') {
        void Taro.redirectTo({ url: pages.proposals.detail({ id: r.proposalId }) });
      }
    } catch (e) {
      const ce = toCloudError(e);
      setError(ce);
      const fieldErrors: Partial<Record<FormField, string>> = {};
      for (const i of ce.issues ?? []) fieldErrors[i.path as FormField] = i.message;
      setServerErrors(fieldErrors);
    } finally {
      setBusy(null);
    }
  };

  if (loading) return <LoadingState />;
  if (!session) return <ErrorBanner error={error ?? { message: '现在没有开放提案征集的会议。' }} />;
  const filed = existing && existing.status !== 'draft';

  return (
    <View className="pp-stack">
      {existing ? (
        <Card>
          <Text className="pp-small">
            正在修改
            {filed
              ? `（现在是“${STATUS_LABELS[existing.status]}”，提案委员会开始审查前都可以修改）`
              : '草稿'}
            ：{existing.title}
          </Text>
        </Card>
      ) : null}
      <View>
        <Text className="pp-label">提交类型</Text>
        <Text className="pp-hint">
          提案需两位代表附议、经提案委员会立案后交部门办理；建议要求较宽，直接转交部门参考。
        </Text>
        <Chips<ProposalKind>
          label="提交类型"
          options={(['proposal', 'suggestion'] as const).map((k) => ({
            value: k,
            label: KIND_LABELS[k],
          }))}
          value={values.kind}
          onChange={(kind) => (filed ? undefined : setValues((v) => ({ ...v, kind })))}
        />
      </View>
      <View className={`pp-textbox${errors.title ? ' pp-textbox--error' : ''}`}>
        <Text className="pp-label">标题</Text>
        <Text className="pp-hint">一句话说清是什么事，例如“关于增设教工食堂晚餐窗口的提案”。</Text>
        <Input
          className="pp-search"
          name="title"
          value={values.title}
          maxlength={60}
          placeholder="关于……的提案"
          onInput={(e) => change('title')(e.detail.value)}
        />
        <Text className="pp-counter">{counter(values, 'title')}</Text>
        {errors.title ? <Text className="pp-error">{errors.title}</Text> : null}
      </View>
      <View>
        <Text className="pp-label">类别</Text>
        <Chips<Category>
          label="类别"
          options={CATEGORY_CHOICES.map((c) => ({ value: c, label: c }))}
          value={values.category as Category}
          onChange={change('category')}
        />
        {errors.category ? <Text className="pp-error">{errors.category}</Text> : null}
      </View>
      <TextBox
        label="背景与问题"
        name="background"
        hint="现在是什么情况，影响了谁、影响多大。"
        value={values.background}
        onInput={change('background')}
        counter={counter(values, 'background')}
        error={errors.background}
        placeholder="例如：目前教工食堂晚餐只开一个窗口……"
      />
      <TextBox
        label="具体建议"
        name="suggestion"
        hint="希望怎么解决，越具体越好办理。一份提案只提一件事（一事一案）。"
        value={values.suggestion}
        onInput={change('suggestion')}
        counter={counter(values, 'suggestion')}
        error={errors.suggestion}
        placeholder="例如：建议后勤保障处增设一个晚餐窗口……"
      />

      {check.warnings.map((w) => (
        <Card key={w.message} tone="warn" title="提醒：一事一案">
          <Text className="pp-small">{w.message}</Text>
        </Card>
      ))}

      {similar.length ? (
        <Card tone="warn" title="本次会议已有相似的提案">
          <Text className="pp-small">
            如果说的是同一件事，可以打开看看，请提案人邀请你附议，不必重复提交。
          </Text>
          {similar.map((s) => (
            <View
              key={s.id}
              className="pp-person"
              onClick={() => go(pages.proposals.detail({ id: s.id }))}
            >
              <Text>
                {s.no ? `第${s.no}号 ` : ''}
                {s.title}
              </Text>
              <Text className="pp-small">相似度 {Math.round(s.score * 100)}%</Text>
            </View>
          ))}
        </Card>
      ) : null}

      <ErrorBanner error={error} />
      <BigButton loading={busy === 'file'} onClick={() => void send('file')}>
        {filed ? '保存修改' : values.kind === 'proposal' ? '提交，然后邀请附议' : '提交建议'}
      </BigButton>
      {!filed ? (
        <BigButton kind="secondary" loading={busy === 'draft'} onClick={() => void send('draft')}>
          保存草稿
        </BigButton>
      ) : null}
    </View>
  );
}

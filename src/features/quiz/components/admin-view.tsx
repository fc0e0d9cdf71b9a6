// 知识竞赛管理 (admin): the question bank (import an Excel file after a preview of its bad rows,
// search, edit one question) and contests (set one up, open its standings and the final).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  DIFFICULTIES,
  TYPE_LABELS,
  type QuestionAdminView,
} from '../../../../domain/quiz/contract';
import { pages } from '../../../../domain/pages';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { confirm } from '../../../components/confirm';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { PickCancelled, pickFile, type PickedFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { quiz, type Out } from '../api';
import { EMPTY_SETUP, checkSetup, type SetupForm } from '../setup-form';
import { PHASE_WORDS, windowLine } from '../view';
import './quiz.scss';

type Tab = 'bank' | 'contests';

export function QuizAdmin({ tab }: { tab?: string }) {
  const [shown, setShown] = useState<Tab>(tab === 'contests' ? 'contests' : 'bank');
  return (
    <View>
      <Chips
        label="管理什么"
        options={[
          { value: 'bank', label: '题库' },
          { value: 'contests', label: '竞赛' },
        ]}
        value={shown}
        onChange={(v) => setShown(v)}
      />
      {shown === 'bank' ? <BankPanel /> : <ContestsPanel />}
    </View>
  );
}

function BankPanel() {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<Out<'quiz.previewBank'> | null>(null);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [tick, setTick] = useState(0);
  const list = useLoad(() => quiz('quiz.listQuestions', { query: search }), [search, tick]);
  const picker = useAction(async () => {
    try {
      const f = await pickFile(['xlsx', 'csv']);
      setFile(f);
      setPreview(await quiz('quiz.previewBank', { fileBase64: f.base64, fileName: f.name }));
    } catch (e) {
      if (!(e instanceof PickCancelled)) throw e;
    }
  });
  const importer = useAction(
    async () => {
      if (!file || !preview) return null;
      const good = preview.total - preview.counts.bad;
      const ok = await confirm({
        title: '确认导入',
        content: `导入 ${good} 道题（新增 ${preview.counts.new}，更新 ${preview.counts.changed}）${preview.counts.bad ? `，跳过 ${preview.counts.bad} 行有问题的` : ''}？`,
        confirmText: '导入',
      });
      if (!ok) return null;
      const r = await quiz('quiz.importBank', {
        fileBase64: file.base64,
        fileName: file.name,
        skipBadRows: true,
      });
      setPreview(null);
      setFile(null);
      setTick((n) => n + 1);
      return r;
    },
    (r) =>
      r
        ? `已导入：新增 ${r.created} 道，更新 ${r.updated} 道，没变 ${r.unchanged} 道，跳过 ${r.skipped} 行。`
        : '',
  );
  const [editing, setEditing] = useState<QuestionAdminView | null>(null);

  return (
    <View>
      <View className="qz-section">
        <Text className="qz-title">导入题库</Text>
        <Text className="qz-muted">
          Excel（.xlsx）第一行是表头：题型（单选/多选/判断）、题干、选项A…选项F、答案（如
          B、ACD、对/错）、解析、分类、难度（易/中/难）。同一道题再导入只会更新，不会重复。
        </Text>
        <ErrorBanner error={picker.error ?? importer.error} />
        {importer.note ? <Text className="qz-ok">{importer.note}</Text> : null}
        {preview ? (
          <View className="qz-stack">
            <Text className="qz-text">
              {file?.name}：共 {preview.total} 行；新增 {preview.counts.new}，更新{' '}
              {preview.counts.changed}，没变 {preview.counts.unchanged}，有问题 {preview.counts.bad}
              。
            </Text>
            {preview.bad.map((b) => (
              <Text key={b.line} className="qz-bad">
                第 {b.line} 行 {b.text}：{b.reasons.join('；')}
              </Text>
            ))}
          </View>
        ) : null}
        {preview && preview.total > preview.counts.bad ? (
          <BigButton loading={importer.busy} onClick={() => void importer.run()}>
            导入 {preview.total - preview.counts.bad} 道题
          </BigButton>
        ) : null}
        <BigButton
          kind={preview ? 'secondary' : 'primary'}
          loading={picker.busy}
          onClick={() => void picker.run()}
        >
          {preview ? '换一个文件' : '选择 Excel 文件'}
        </BigButton>
      </View>

      {editing ? (
        <EditQuestion
          question={editing}
          onDone={() => {
            setEditing(null);
            setTick((n) => n + 1);
          }}
        />
      ) : null}

      <View className="qz-section">
        <Text className="qz-title">题库{list.data ? `（${list.data.total} 道）` : ''}</Text>
        <Field label="搜索题目" value={query} onInput={setQuery} placeholder="输入题干里的字" />
        <BigButton kind="secondary" onClick={() => setSearch(query.trim())}>
          搜索
        </BigButton>
        {list.data?.categories.length ? (
          <Text className="qz-muted">
            分类：
            {list.data.categories.map((c) => `${c.name || '未分类'} ${c.count}`).join('、')}
          </Text>
        ) : null}
        {list.loading && !list.data ? <LoadingState /> : null}
        <ErrorBanner error={list.error} onRetry={list.reload} />
        {list.data?.questions.map((q) => (
          <NavRow
            key={q.questionId}
            title={q.text}
            hint={`${TYPE_LABELS[q.type]} · 答案 ${q.type === 'judge' ? (q.answer[0] === 'A' ? '对' : '错') : q.answer.join('')} · ${q.category || '未分类'} · ${q.difficulty}`}
            tag="编辑"
            onClick={() => setEditing(q)}
          />
        ))}
      </View>
    </View>
  );
}

function EditQuestion({ question, onDone }: { question: QuestionAdminView; onDone: () => void }) {
  const [text, setText] = useState(question.text);
  const [options, setOptions] = useState(question.options.map((o) => o.text));
  const [answer, setAnswer] = useState(question.answer.join(''));
  const [explanation, setExplanation] = useState(question.explanation);
  const [category, setCategory] = useState(question.category);
  const [difficulty, setDifficulty] = useState(question.difficulty);
  const save = useAction(async () => {
    await quiz('quiz.updateQuestion', {
      questionId: question.questionId,
      text,
      options: options
        .filter((o) => o.trim())
        .map((o, i) => ({ key: 'ABCDEF'[i] as 'A', text: o })),
      answer: answer
        .toUpperCase()
        .replace(/[^A-F]/g, '')
        .split('') as 'A'[],
      explanation,
      category,
      difficulty,
    });
    void Taro.showToast({ title: '已保存', icon: 'none' });
    onDone();
  });
  return (
    <View className="qz-section">
      <Text className="qz-title">编辑题目（{TYPE_LABELS[question.type]}）</Text>
      <Field label="题干" value={text} onInput={setText} maxlength={500} />
      {question.type === 'judge'
        ? null
        : options.map((o, i) => (
            <Field
              key={i}
              label={`选项${'ABCDEF'[i]}`}
              value={o}
              onInput={(v) => setOptions(options.map((x, j) => (j === i ? v : x)))}
            />
          ))}
      <Field
        label={
          question.type === 'judge' ? '答案（A 表示对，B 表示错）' : '答案（选项字母，如 B 或 ACD）'
        }
        value={answer}
        onInput={setAnswer}
        maxlength={6}
      />
      <Field label="解析" value={explanation} onInput={setExplanation} maxlength={500} />
      <Field label="分类" value={category} onInput={setCategory} maxlength={20} />
      <Chips
        label="难度"
        options={DIFFICULTIES.map((d) => ({ value: d, label: d }))}
        value={difficulty}
        onChange={(v) => setDifficulty(v)}
      />
      <ErrorBanner error={save.error} />
      <BigButton loading={save.busy} onClick={() => void save.run()}>
        保存这道题
      </BigButton>
      <BigButton kind="secondary" onClick={onDone}>
        不改了
      </BigButton>
    </View>
  );
}

function ContestsPanel() {
  const [tick, setTick] = useState(0);
  const list = useLoad(() => quiz('quiz.listContests', {}), [tick]);
  const [form, setForm] = useState<SetupForm | null>(null);
  if (form)
    return <SetupPanel form={form} setForm={setForm} onDone={() => setTick((n) => n + 1)} />;
  return (
    <View>
      <BigButton onClick={() => setForm(EMPTY_SETUP)}>新建一次竞赛</BigButton>
      {list.loading && !list.data ? <LoadingState /> : null}
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && list.data.contests.length === 0 ? (
        <EmptyState title="还没有竞赛" hint="先导入题库，再新建一次竞赛。" />
      ) : null}
      {list.data?.contests.map((c) => (
        <View key={c.contestId} className="qz-section">
          <Text className="qz-title">{c.name}</Text>
          <Text className="qz-text">
            {PHASE_WORDS[c.phase]} · {windowLine(c.openAt, c.closeAt)}
          </Text>
          <BigButton
            kind="secondary"
            onClick={() => go(pages.quiz.standings({ contest: c.contestId }))}
          >
            排行榜与导出
          </BigButton>
          <FinalSetup contestId={c.contestId} />
        </View>
      ))}
    </View>
  );
}

function SetupPanel({
  form,
  setForm,
  onDone,
}: {
  form: SetupForm;
  setForm: (f: SetupForm | null) => void;
  onDone: () => void;
}) {
  const [errors, setErrors] = useState<Partial<Record<keyof SetupForm, string>>>({});
  const bank = useLoad(() => quiz('quiz.listQuestions', {}), []);
  const create = useAction(async () => {
    const checked = checkSetup(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    await quiz('quiz.createContest', checked.input);
    void Taro.showToast({ title: '竞赛已建好', icon: 'none' });
    setForm(null);
    onDone();
  });
  const set = (k: keyof SetupForm) => (v: string) => setForm({ ...form, [k]: v });
  const categories = bank.data?.categories ?? [];
  return (
    <View className="qz-section">
      <Text className="qz-title">新建竞赛</Text>
      <Field
        label="竞赛名称"
        value={form.name}
        onInput={set('name')}
        error={errors.name}
        maxlength={40}
      />
      <DateField
        label="开始日期"
        value={form.openDay}
        onChange={set('openDay')}
        error={errors.openDay}
      />
      <DateField
        label="结束日期"
        value={form.closeDay}
        onChange={set('closeDay')}
        error={errors.closeDay}
      />
      <Field
        label="每次题数"
        type="number"
        value={form.questions}
        onInput={set('questions')}
        error={errors.questions}
      />
      <Field
        label="每次限时（分钟）"
        type="number"
        value={form.minutes}
        onInput={set('minutes')}
        error={errors.minutes}
      />
      <Field
        label="每天可答次数"
        type="number"
        value={form.perDay}
        onInput={set('perDay')}
        error={errors.perDay}
      />
      <Field
        label="总共可答次数（不限就留空）"
        type="number"
        value={form.total}
        onInput={set('total')}
        error={errors.total}
      />
      <Field
        label="每题分值"
        type="number"
        value={form.points}
        onInput={set('points')}
        error={errors.points}
      />
      <Chips
        label="从哪些题里抽"
        options={[
          { value: '', label: '全部题库' },
          ...categories
            .filter((c) => c.name)
            .map((c) => ({ value: c.name, label: `${c.name}（${c.count}）` })),
        ]}
        value={form.category}
        onChange={(v) => setForm({ ...form, category: v })}
      />
      <Chips
        label="什么时候公布答案"
        options={[
          { value: 'after_attempt', label: '每次交卷后' },
          { value: 'after_contest', label: '竞赛结束后' },
        ]}
        value={form.reveal}
        onChange={(v) => setForm({ ...form, reveal: v })}
      />
      <Text className="qz-muted">
        参赛队默认按分工会分；参与率 = 参加人数 ÷ 该分工会在册教职工人数。
      </Text>
      <ErrorBanner error={create.error} />
      <BigButton loading={create.busy} onClick={() => void create.run()}>
        建好竞赛
      </BigButton>
      <BigButton kind="secondary" onClick={() => setForm(null)}>
        不建了
      </BigButton>
    </View>
  );
}

function FinalSetup({ contestId }: { contestId: string }) {
  const [open, setOpen] = useState(false);
  const detail = useLoad(
    () => (open ? quiz('quiz.contest', { contestId }) : Promise.resolve(null)),
    [open, contestId],
  );
  const [picked, setPicked] = useState<string[]>([]);
  const save = useAction(
    async () => quiz('quiz.setupFinal', { contestId, teamIds: picked }),
    (r) => `决赛参赛队已设为 ${r.teams} 支。`,
  );
  if (!open)
    return (
      <BigButton kind="plain" onClick={() => setOpen(true)}>
        设置决赛参赛队
      </BigButton>
    );
  const teams = detail.data?.teams ?? [];
  return (
    <View>
      <Chips
        multiple
        label="决赛参赛队"
        options={teams.map((t) => ({ value: t.teamId, label: t.name }))}
        value={picked}
        onChange={setPicked}
      />
      <ErrorBanner error={save.error} />
      {save.note ? <Text className="qz-ok">{save.note}</Text> : null}
      <BigButton loading={save.busy} disabled={picked.length < 2} onClick={() => void save.run()}>
        保存决赛参赛队（已选 {picked.length} 支）
      </BigButton>
      <BigButton kind="secondary" onClick={() => go(pages.quiz.final({ contest: contestId }))}>
        打开决赛大屏
      </BigButton>
    </View>
  );
}

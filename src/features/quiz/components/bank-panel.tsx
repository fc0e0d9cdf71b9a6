// 知识竞赛管理 · 题库: import an Excel file after a preview of its bad rows, search, edit one question.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { QuestionAdminView } from '../../../../domain/quiz/contract';
import { BigButton } from '../../../components/big-button';
import { confirm } from '../../../components/confirm';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { PickCancelled, pickFile, type PickedFile } from '../../../services/file';
import { quiz, type Out } from '../api';
import { questionHint } from '../view';
import { EditQuestion } from './edit-question';
import './quiz.scss';

export function BankPanel() {
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
            hint={questionHint(q)}
            tag="编辑"
            onClick={() => setEditing(q)}
          />
        ))}
      </View>
    </View>
  );
}

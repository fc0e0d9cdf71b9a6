// 知识竞赛管理 · 编辑一道题: its text, options, answer, explanation, category and difficulty.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  DIFFICULTIES,
  TYPE_LABELS,
  type QuestionAdminView,
} from '../../../../domain/quiz/contract';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { useAction } from '../../../hooks/use-action';
import { quiz } from '../api';
import './quiz.scss';

export function EditQuestion({
  question,
  onDone,
}: {
  question: QuestionAdminView;
  onDone: () => void;
}) {
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

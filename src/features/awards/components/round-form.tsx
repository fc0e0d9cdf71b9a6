// Setting up an honours round (评优管理): name, categories with places, dates, then create.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { TextArea } from '../../../components/text-area';
import { useAction } from '../../../hooks/use-action';
import { beijingDay, addDays } from '../../../../domain/time';
import { awards } from '../api';
import { toCreateInput, type SetupForm } from '../view';
import './awards.scss';

export function CreateForm({
  onDone,
  onCancel,
}: {
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
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

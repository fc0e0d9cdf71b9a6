// 新建竞赛 (admin): name, weighted criteria, judges by 工号, one round or a college round then a
// final, an age limit; then opens the new contest's page.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { ErrorBanner } from '../../../components/error-banner';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { TextArea } from '../../../components/text-area';
import { useAction } from '../../../hooks/use-action';
import { go } from '../../../services/nav';
import { pages } from '../../../../domain/pages';
import { contests } from '../api';
import { TEACHING_CRITERIA, toCreateInput, type SetupForm } from '../form';
import './contests.scss';

const ROUNDS = [
  { value: 'one', label: '一轮决赛' },
  { value: 'college', label: '学院初赛 → 校级决赛' },
] as const;

export function CreateForm() {
  const [f, setF] = useState<SetupForm>({
    name: '',
    criteria: TEACHING_CRITERIA,
    judges: '',
    rounds: 'one',
    advance: '2',
    maxAge: '',
    onDay: '',
  });
  const set = (k: keyof SetupForm) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const create = useAction(
    () => contests('contests.create', toCreateInput(f)),
    (r) => {
      go(pages.contests.contest({ contestId: r.contestId }));
    },
  );
  return (
    <View>
      <View className="jc-section">
        <Field
          label="竞赛名称"
          value={f.name}
          onInput={set('name')}
          maxlength={40}
          placeholder="例如 第十届青年教师教学竞赛"
        />
        <TextArea
          label="评分项和权重"
          hint="每行一项：名称 空格 权重。每项评委打 0 到 100 分，按权重加权。"
          value={f.criteria}
          onInput={set('criteria')}
          rows={4}
        />
        <Field
          label="评委工号"
          hint="用空格或逗号隔开。评委会自动获得本竞赛的评分权限。"
          value={f.judges}
          onInput={set('judges')}
        />
        <Text className="jc-muted">5 位及以上评委时，去掉一个最高分和一个最低分再平均。</Text>
      </View>
      <View className="jc-section">
        <Text className="jc-title">赛程</Text>
        <Chips
          label="赛程"
          options={ROUNDS}
          value={f.rounds}
          onChange={(v) => setF((x) => ({ ...x, rounds: v }))}
        />
        {f.rounds === 'college' ? (
          <Field
            label="每个学院晋级人数"
            hint="并列在最后一个晋级名次的，一同晋级。"
            type="number"
            value={f.advance}
            onInput={set('advance')}
          />
        ) : null}
      </View>
      <View className="jc-section">
        <Text className="jc-title">参赛条件（可不填）</Text>
        <Field label="年龄不超过（周岁）" type="number" value={f.maxAge} onInput={set('maxAge')} />
        {f.maxAge.trim() ? (
          <DateField label="年龄计算日期" value={f.onDay} onChange={set('onDay')} />
        ) : null}
      </View>
      <ErrorBanner error={create.error} />
      <BigButton loading={create.busy} onClick={() => void create.run()}>
        创建竞赛
      </BigButton>
    </View>
  );
}

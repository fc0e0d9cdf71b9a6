// 队伍怎么分: one team a branch (按分工会) or groups of branches (自定义队伍, then its rows).
import { Text } from '@tarojs/components';
import type { SectionProps } from '../setup-choices';
import type { BranchOption } from '../team-form';
import { ChoiceRow } from './choice-row';
import { TeamRows } from './team-rows';

const TEAM_MODES = [
  { value: 'branch', label: '按分工会' },
  { value: 'custom', label: '自定义队伍' },
] as const;

export function TeamModeField({
  form,
  setForm,
  errors,
  branches,
}: SectionProps & { branches: BranchOption[] }) {
  return (
    <>
      <ChoiceRow
        label="队伍怎么分"
        options={TEAM_MODES}
        value={form.teamMode}
        onChange={(teamMode) => setForm((f) => ({ ...f, teamMode }))}
      />
      {form.teamMode === 'branch' ? (
        <Text className="wk-card__note">每个分工会一支队伍，共 {branches.length} 支。</Text>
      ) : (
        <TeamRows form={form} setForm={setForm} branches={branches} errors={errors} />
      )}
    </>
  );
}

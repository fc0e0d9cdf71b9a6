// 自定义队伍: a row a team (its name and the branches in it, as chips), with the coverage said as
// it changes (branches still missing, a branch in two teams).
import { Text, View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Chip, ChipRow } from '../../../components/chips';
import { Field } from '../../../components/field';
import type { SectionProps } from '../setup-choices';
import {
  addTeamRow,
  coverage,
  coverageMessages,
  removeTeamRow,
  renameTeamRow,
  toggleBranch,
  type BranchOption,
} from '../team-form';

function Errors({ messages }: { messages: readonly string[] }) {
  return (
    <>
      {messages.map((m) => (
        <Text key={m} className="wk-error">
          {m}
        </Text>
      ))}
    </>
  );
}

export function TeamRows({
  form,
  setForm,
  branches,
  errors,
}: SectionProps & { branches: BranchOption[] }) {
  const rows = form.teamRows;
  const owner = new Map<string, string>();
  rows.forEach((r, i) => r.branchIds.forEach((b) => owner.set(b, r.name.trim() || `第${i + 1}队`)));
  const problems = coverageMessages(coverage(rows, branches));
  return (
    <View className="wk-form" data-testid="team-rows">
      {rows.map((r, i) => (
        <View key={r.key} className="wk-card" data-testid="team-row">
          <Field
            label={`第 ${i + 1} 支队伍的名称`}
            value={r.name}
            onInput={(v) =>
              setForm((f) => ({ ...f, teamRows: renameTeamRow(f.teamRows, r.key, v) }))
            }
            placeholder="例如：东区联队"
            maxlength={20}
            error={errors.rows?.[r.key]}
          />
          <Text className="wk-label">这支队伍包含的分工会（可多选）</Text>
          <View style={{ marginTop: '12px' }}>
            <ChipRow label="这支队伍包含的分工会" multiple>
              {branches.map((b) => {
                const mine = r.branchIds.includes(b.id);
                const elsewhere = !mine && owner.has(b.id) ? `（在${owner.get(b.id)}）` : '';
                return (
                  <Chip
                    key={b.id}
                    on={mine}
                    multiple
                    label={`${b.name}${elsewhere}`}
                    onClick={() =>
                      setForm((f) => ({ ...f, teamRows: toggleBranch(f.teamRows, r.key, b.id) }))
                    }
                  />
                );
              })}
            </ChipRow>
          </View>
          <Text className="wk-card__note">已选 {r.branchIds.length} 个分工会</Text>
          {rows.length > 2 ? (
            <BigButton
              kind="plain"
              onClick={() => setForm((f) => ({ ...f, teamRows: removeTeamRow(f.teamRows, r.key) }))}
            >
              删除这支队伍
            </BigButton>
          ) : null}
        </View>
      ))}
      <BigButton
        kind="secondary"
        onClick={() => setForm((f) => ({ ...f, teamRows: addTeamRow(f.teamRows) }))}
      >
        再加一支队伍
      </BigButton>
      {problems.length > 0 ? (
        <Errors messages={problems} />
      ) : (
        <Text className="wk-card__note">
          {branches.length} 个分工会都已编入队伍，每个分工会只在一支队伍里。
        </Text>
      )}
      {errors.teamMessages && problems.length === 0 ? (
        <Errors messages={errors.teamMessages} />
      ) : null}
    </View>
  );
}

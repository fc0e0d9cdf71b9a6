// 新建健步走活动 and 修改活动 (union admins): dates, daily target and cap, the flag line, the
// compliance rule, age groups and teams — one team a branch (按分工会) or groups of branches
// (自定义队伍, every branch in exactly one team). Checked with the function's own schema before a
// confirmation. Editing (campaignId given) changes the rest; teams and age groups stay as published.
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { rosterContract } from '../../../../domain/roster/contract';
import type { CampaignView } from '../../../../domain/steps/contract';
import { changesResults } from '../../../../domain/steps/edit';
import { beijingDay } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { call, CloudError, toCloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { createCampaign, listCampaigns, updateCampaign } from '../api';
import {
  addTeamRow,
  coverage,
  coverageMessages,
  editPatch,
  removeTeamRow,
  renameTeamRow,
  toggleBranch,
  type BranchOption,
} from '../team-form';
import {
  checkSetup,
  defaultSetup,
  formFromCampaign,
  type SetupErrors,
  type SetupForm,
} from '../view';
import './walkathon.scss';
import { pages } from '../../../../domain/pages';
import { confirm } from '../../../components/confirm';

function DateField({
  label,
  value,
  error,
  onChange,
  locked,
}: {
  label: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
  /** shown instead of the picker when the date may no longer change */
  locked?: string;
}) {
  return (
    <View>
      <Text className="wk-label">{label}</Text>
      {locked ? (
        <View className="wk-picker">
          <Text>{value}</Text>
          <Text className="wk-card__note">{locked}</Text>
        </View>
      ) : (
        <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
          <View className="wk-picker">
            <Text>{value}</Text>
            <Text>›</Text>
          </View>
        </Picker>
      )}
      {error ? <Text className="wk-error">{error}</Text> : null}
    </View>
  );
}

function Chip({ on, label, onClick }: { on: boolean; label: string; onClick: () => void }) {
  return (
    <Text className={`wk-chip${on ? ' wk-chip--on' : ''}`} onClick={onClick}>
      {label}
    </Text>
  );
}

/** 自定义队伍: a row a team (name + the branches in it), with the coverage said as it changes. */
function TeamRows({
  form,
  setForm,
  branches,
  errors,
}: {
  form: SetupForm;
  setForm: (f: (prev: SetupForm) => SetupForm) => void;
  branches: BranchOption[];
  errors: SetupErrors;
}) {
  const rows = form.teamRows;
  const cov = coverage(rows, branches);
  const owner = new Map<string, string>();
  rows.forEach((r, i) => r.branchIds.forEach((b) => owner.set(b, r.name.trim() || `第${i + 1}队`)));
  const problems = coverageMessages(cov);
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
          <View className="wk-chips" style={{ marginTop: '12px' }}>
            {branches.map((b) => {
              const mine = r.branchIds.includes(b.id);
              const elsewhere = !mine && owner.has(b.id) ? `（在${owner.get(b.id)}）` : '';
              return (
                <Chip
                  key={b.id}
                  on={mine}
                  label={`${mine ? '✓ ' : ''}${b.name}${elsewhere}`}
                  onClick={() =>
                    setForm((f) => ({ ...f, teamRows: toggleBranch(f.teamRows, r.key, b.id) }))
                  }
                />
              );
            })}
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
        problems.map((m) => (
          <Text key={m} className="wk-error">
            {m}
          </Text>
        ))
      ) : (
        <Text className="wk-card__note">
          {branches.length} 个分工会都已编入队伍，每个分工会只在一支队伍里。
        </Text>
      )}
      {errors.teamMessages && problems.length === 0
        ? errors.teamMessages.map((m) => (
            <Text key={m} className="wk-error">
              {m}
            </Text>
          ))
        : null}
    </View>
  );
}

export function SetupView({ campaignId }: { campaignId?: string }) {
  const today = beijingDay();
  const editing = Boolean(campaignId);
  const [form, setForm] = useState<SetupForm>(() => defaultSetup(today));
  const [campaign, setCampaign] = useState<CampaignView | null>(null);
  const [branches, setBranches] = useState<BranchOption[] | null>(null);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [error, setError] = useState<CloudError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof SetupForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        if (campaignId) {
          const c = (await listCampaigns()).campaigns.find((x) => x.campaignId === campaignId);
          if (!live) return;
          if (!c) {
            setError(
              new CloudError(
                'steps.campaign_not_found',
                '没有找到这个健步走活动，请返回重新选择。',
              ),
            );
            return;
          }
          setCampaign(c);
          setForm(formFromCampaign(c));
        } else {
          const res = await call(rosterContract, 'roster.branches', {});
          if (!live) return;
          setBranches(
            res.branches.filter((b) => b.active).map((b) => ({ id: b.id, name: b.name })),
          );
        }
      } catch (e) {
        if (live) setError(toCloudError(e));
      }
    };
    void load();
    return () => {
      live = false;
    };
  }, [campaignId]);

  const started = campaign !== null && campaign.startDate <= today;
  const ended = campaign?.status === 'ended';

  const submitNew = async () => {
    const checked = checkSetup(form, branches ?? []);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const teams =
      form.teamMode === 'custom' ? `${form.teamRows.length} 支自定义队伍` : '每个分工会一支队伍';
    const ok = await confirm({
      title: '发布这次健步走？',
      content: `${form.name}：${form.startDate} 至 ${form.endDate}，每天 ${form.dailyTarget} 步达标，${teams}。发布后教职工就能报名。`,
      confirmText: '发布',
      cancelText: '再看看',
    });
    if (!ok) return;
    setSaving(true);
    setError(null);
    try {
      const { campaignId: id } = await createCampaign(checked.input);
      void Taro.showToast({ title: '已发布', icon: 'success' });
      go(pages.walkathon.admin({ campaignId: id }));
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setSaving(false);
    }
  };

  const submitEdit = async (c: CampaignView) => {
    const checked = checkSetup(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const patch = editPatch(c, checked.input);
    if (!patch) {
      void Taro.showToast({ title: '没有改动', icon: 'none' });
      return;
    }
    const changed = Object.keys(patch).filter((k) => k !== 'campaignId');
    const ok = await confirm({
      title: '保存修改？',
      content:
        c.status === 'running' && changesResults(changed)
          ? '活动已经开始：新的目标、上限或达标规则会用于全部天数（包括已经走过的），各队达标率会重新计算。请记得告知大家。'
          : '保存后参加者看到的就是新的内容。',
      confirmText: '保存',
      cancelText: '再看看',
    });
    if (!ok) return;
    setSaving(true);
    setError(null);
    try {
      await updateCampaign(patch);
      void Taro.showToast({ title: '已保存', icon: 'success' });
      go(pages.walkathon.admin({ campaignId: c.campaignId }));
    } catch (e) {
      const err = toCloudError(e);
      setError(err);
      // say the function's field issues (e.g. an end date before today) next to the fields
      const fieldErrors: SetupErrors = {};
      for (const issue of err.issues ?? []) {
        const head = issue.path.split('.')[0];
        const key = (head === 'rule' ? 'ruleValue' : head) as keyof SetupForm;
        if (key in form) (fieldErrors as Record<string, string>)[key] ??= issue.message;
      }
      setErrors(fieldErrors);
    } finally {
      setSaving(false);
    }
  };

  if (editing && !campaign) return error ? <ErrorBanner error={error} /> : <LoadingState />;
  if (!editing && !branches) return error ? <ErrorBanner error={error} /> : <LoadingState />;

  const locked = ended ? '活动已结束，成绩已定' : undefined;
  return (
    <View className="wk-form">
      {error ? <ErrorBanner error={error} /> : null}
      {ended ? <Text className="wk-card__note">活动已经结束，只能修改名称和说明。</Text> : null}
      <Field
        label="活动名称"
        value={form.name}
        onInput={set('name')}
        placeholder="例如：秋冬健步走"
        error={errors.name}
        maxlength={40}
      />
      <Field
        label="活动说明（可不填）"
        value={form.description}
        onInput={set('description')}
        placeholder="例如：每天饭后走一走，为本队加油"
        error={errors.description}
        maxlength={500}
      />
      <DateField
        label="开始日期"
        value={form.startDate}
        onChange={set('startDate')}
        error={errors.startDate}
        locked={started ? '活动已开始，开始日期不能再改' : undefined}
      />
      <DateField
        label="结束日期"
        value={form.endDate}
        onChange={set('endDate')}
        error={errors.endDate}
        locked={locked}
      />
      {ended ? null : (
        <>
          <Field
            label="每日目标（步）"
            type="number"
            value={form.dailyTarget}
            onInput={set('dailyTarget')}
            placeholder="例如 6000"
            hint="一天走满这么多步算达标一天"
            error={errors.dailyTarget}
          />
          <Field
            label="每日上限（步）"
            type="number"
            value={form.dailyCap}
            onInput={set('dailyCap')}
            placeholder="例如 15000"
            hint="一天最多计入这么多步，防止刷步"
            error={errors.dailyCap}
          />
          <Field
            label="异常提醒线（步）"
            type="number"
            value={form.flagAbove}
            onInput={set('flagAbove')}
            placeholder="例如 40000"
            hint="单日超过这个数会提醒你核实"
            error={errors.flagAbove}
          />
          <View>
            <Text className="wk-label">全程达标规则</Text>
            <View className="wk-chips" style={{ marginTop: '12px' }}>
              <Chip
                on={form.ruleType === 'min_days'}
                label="达标满若干天"
                onClick={() => setForm((f) => ({ ...f, ruleType: 'min_days', ruleValue: '40' }))}
              />
              <Chip
                on={form.ruleType === 'ratio'}
                label="达标天数占比"
                onClick={() => setForm((f) => ({ ...f, ruleType: 'ratio', ruleValue: '80' }))}
              />
            </View>
          </View>
          <Field
            label={form.ruleType === 'min_days' ? '需要达标的天数' : '需要达标的天数占比（%）'}
            type="number"
            value={form.ruleValue}
            onInput={set('ruleValue')}
            placeholder="例如 40"
            error={errors.ruleValue}
          />
        </>
      )}
      {editing ? (
        <Text className="wk-card__note">队伍和年龄分组在发布后不能再改。</Text>
      ) : (
        <>
          <View>
            <Text className="wk-label">年龄分组</Text>
            <View className="wk-chips" style={{ marginTop: '12px' }}>
              <Chip
                on={form.ageSplit.trim() !== ''}
                label="按年龄分两组排名"
                onClick={() =>
                  setForm((f) => ({ ...f, ageSplit: f.ageSplit.trim() === '' ? '50' : f.ageSplit }))
                }
              />
              <Chip
                on={form.ageSplit.trim() === ''}
                label="不分年龄组"
                onClick={() => setForm((f) => ({ ...f, ageSplit: '' }))}
              />
            </View>
          </View>
          {form.ageSplit.trim() !== '' ? (
            <Field
              label="分组年龄（岁）"
              type="number"
              value={form.ageSplit}
              onInput={set('ageSplit')}
              placeholder="例如 50"
              hint={`${form.ageSplit.trim() || '50'} 岁及以上单独排名，其余为另一组（按活动第一天的年龄）`}
              error={errors.ageSplit}
            />
          ) : null}
          <View>
            <Text className="wk-label">队伍怎么分</Text>
            <View className="wk-chips" style={{ marginTop: '12px' }}>
              <Chip
                on={form.teamMode === 'branch'}
                label="按分工会"
                onClick={() => setForm((f) => ({ ...f, teamMode: 'branch' }))}
              />
              <Chip
                on={form.teamMode === 'custom'}
                label="自定义队伍"
                onClick={() => setForm((f) => ({ ...f, teamMode: 'custom' }))}
              />
            </View>
          </View>
          {form.teamMode === 'branch' ? (
            <Text className="wk-card__note">
              每个分工会一支队伍，共 {branches?.length ?? 0} 支。
            </Text>
          ) : (
            <TeamRows form={form} setForm={setForm} branches={branches ?? []} errors={errors} />
          )}
        </>
      )}
      {campaign ? (
        <BigButton loading={saving} onClick={() => void submitEdit(campaign)}>
          保存修改
        </BigButton>
      ) : (
        <BigButton loading={saving} onClick={() => void submitNew()}>
          发布活动
        </BigButton>
      )}
    </View>
  );
}

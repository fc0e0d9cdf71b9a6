// 新建健步走活动 and 修改活动 (union admins): loads the campaign (editing) or the branches (new),
// lays out the form's sections, checks it with the function's own schema, and confirms before
// publishing or saving. Editing (campaignId given) changes the rest; teams and age groups stay as
// published.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { pages } from '../../../../domain/pages';
import { rosterContract } from '../../../../domain/roster/contract';
import type { CampaignView } from '../../../../domain/steps/contract';
import { changesResults } from '../../../../domain/steps/edit';
import { beijingDay } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { confirm } from '../../../components/confirm';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { call, CloudError, toCloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { createCampaign, listCampaigns, updateCampaign } from '../api';
import { issueErrors, NAME_FIELDS, publishAsk, saveAsk, STEP_NUMBERS } from '../setup-choices';
import { editPatch, type BranchOption } from '../team-form';
import {
  checkSetup,
  defaultSetup,
  formFromCampaign,
  type SetupErrors,
  type SetupForm,
} from '../view';
import { AgeGroupsField } from './age-groups-field';
import { CampaignDates } from './campaign-dates';
import { RuleField } from './rule-field';
import { SetupFields } from './setup-fields';
import { TeamModeField } from './team-mode-field';
import './walkathon.scss';

export function SetupView({ campaignId }: { campaignId?: string }) {
  const today = beijingDay();
  const editing = Boolean(campaignId);
  const [form, setForm] = useState<SetupForm>(() => defaultSetup(today));
  const [campaign, setCampaign] = useState<CampaignView | null>(null);
  const [branches, setBranches] = useState<BranchOption[] | null>(null);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [error, setError] = useState<CloudError | null>(null);
  const [saving, setSaving] = useState(false);

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

  /** Checks the form, asks, then publishes or saves; the function's field issues go by the fields. */
  const submit = async (c: CampaignView | null) => {
    const checked = c ? checkSetup(form) : checkSetup(form, branches ?? []);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const patch = c ? editPatch(c, checked.input) : null;
    if (c && !patch) {
      void Taro.showToast({ title: '没有改动', icon: 'none' });
      return;
    }
    const changed = Object.keys(patch ?? {}).filter((k) => k !== 'campaignId');
    const ok = await confirm(
      c ? saveAsk(c.status === 'running', changesResults(changed)) : publishAsk(form),
    );
    if (!ok) return;
    setSaving(true);
    setError(null);
    try {
      const id = patch
        ? await updateCampaign(patch).then(() => patch.campaignId)
        : await createCampaign(checked.input).then((r) => r.campaignId);
      void Taro.showToast({ title: patch ? '已保存' : '已发布', icon: 'success' });
      go(pages.walkathon.admin({ campaignId: id }));
    } catch (e) {
      const err = toCloudError(e);
      setError(err);
      if (c) setErrors(issueErrors(err.issues ?? [], form));
    } finally {
      setSaving(false);
    }
  };

  if (editing && !campaign) return error ? <ErrorBanner error={error} /> : <LoadingState />;
  if (!editing && !branches) return error ? <ErrorBanner error={error} /> : <LoadingState />;

  const started = campaign !== null && campaign.startDate <= today;
  const ended = campaign?.status === 'ended';
  const section = { form, setForm, errors };
  return (
    <View className="wk-form">
      {error ? <ErrorBanner error={error} /> : null}
      {ended ? <Text className="wk-card__note">活动已经结束，只能修改名称和说明。</Text> : null}
      <SetupFields {...section} fields={NAME_FIELDS} />
      <CampaignDates {...section} started={started} ended={ended} />
      {ended ? null : (
        <>
          <SetupFields {...section} fields={STEP_NUMBERS} />
          <RuleField {...section} />
        </>
      )}
      {editing ? (
        <Text className="wk-card__note">队伍和年龄分组在发布后不能再改。</Text>
      ) : (
        <>
          <AgeGroupsField {...section} />
          <TeamModeField {...section} branches={branches ?? []} />
        </>
      )}
      <BigButton loading={saving} onClick={() => void submit(campaign)}>
        {campaign ? '保存修改' : '发布活动'}
      </BigButton>
    </View>
  );
}

// One person: roster details (phone and birth date only for admins), roles with grant and revoke,
// and unbinding their WeChat when they changed phones.
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { RoleGrant } from '../../../../domain/account/roles';
import type { BranchView, PersonDetail } from '../../../../domain/roster/contract';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { useMe } from '../../account/use-me';
import { rosterApi } from '../api';
import { GRANTABLE, grantLabel, scopeNamer } from '../labels';
import { Chips } from './bits';
import './roster.scss';
import { confirm } from '../../../components/confirm';

type Grantable = (typeof GRANTABLE)[number]['role'];

export function PersonView({ staffNo }: { staffNo: string }) {
  const { me } = useMe();
  const isAdmin = !!me && me.roles.includes('admin');
  const [person, setPerson] = useState<PersonDetail | null>(null);
  const [branches, setBranches] = useState<BranchView[]>([]);
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const [role, setRole] = useState<Grantable>('organizer');
  const [branchIndex, setBranchIndex] = useState(0);
  const [scopeText, setScopeText] = useState('');
  const [welfareScope, setWelfareScope] = useState<'batchId' | 'pointId'>('batchId');

  const load = useCallback(async () => {
    setError(null);
    try {
      const [p, b] = await Promise.all([rosterApi.person(staffNo), rosterApi.branches()]);
      setPerson(p);
      setBranches(b.branches);
    } catch (e) {
      setError(toCloudError(e));
    }
  }, [staffNo]);

  useEffect(() => {
    void load();
  }, [load]);

  const branchName = scopeNamer(branches, person?.scopeNames);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await load();
      void Taro.showToast({ title: done, icon: 'success' });
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  const grantToGive = (): RoleGrant => {
    const spec = GRANTABLE.find((g) => g.role === role);
    const text = scopeText.trim();
    if (spec?.scope === 'branch') return { role, branchId: branches[branchIndex]?.id };
    if (spec?.scope === 'event') return text ? { role, eventId: text } : { role };
    if (spec?.scope === 'welfare') return text ? { role, [welfareScope]: text } : { role };
    return { role };
  };

  const grant = async () => {
    const g = grantToGive();
    const ok = await confirm({
      title: '授予角色',
      content: `给 ${person?.name} 授予“${grantLabel(g, branchName)}”？`,
    });
    if (ok) await act(() => rosterApi.grantRole(staffNo, g), '已授予');
  };

  const revoke = async (g: RoleGrant) => {
    const ok = await confirm({
      title: '撤销角色',
      content: `撤销 ${person?.name} 的“${grantLabel(g, branchName)}”？`,
      confirmText: '撤销',
    });
    if (ok) await act(() => rosterApi.revokeRole(staffNo, g), '已撤销');
  };

  const unbind = async () => {
    const ok = await confirm({
      title: '解绑微信',
      content: `解绑后，${person?.name} 需要用新手机的微信重新绑定工号。确定解绑吗？`,
      confirmText: '解绑',
    });
    if (ok) await act(() => rosterApi.unbind(staffNo), '已解绑');
  };

  if (!person)
    return error ? <ErrorBanner error={error} onRetry={() => void load()} /> : <LoadingState />;
  const spec = GRANTABLE.find((g) => g.role === role);
  const rows: [string, string][] = [
    ['姓名', person.name],
    ['工号', person.staffNo],
    ['分工会', person.branch],
    ['会员', person.member ? '工会会员' : '非会员'],
    ['状态', `${person.status}${person.active ? '' : '（不在册）'}`],
    ['手机', person.phone ?? person.phoneMasked],
    ...(person.birth ? [['出生年月', person.birth] as [string, string]] : []),
    ...(person.joinedOn ? [['入职日期', person.joinedOn] as [string, string]] : []),
    ['微信', person.bound ? '已绑定' : '未绑定'],
  ];
  return (
    <View className="roster">
      <ErrorBanner error={error} />
      <View className="roster-card">
        {rows.map(([label, value]) => (
          <View key={label} className="roster-row">
            <Text className="roster-row__label">{label}</Text>
            <Text className="roster-row__value">{value}</Text>
          </View>
        ))}
      </View>
      <View className="roster-card">
        <Text className="roster-card__title">角色</Text>
        <View className="roster-line">
          <Text className="roster-line__head">教职工</Text>
        </View>
        {person.grants.map((g) => (
          <View key={JSON.stringify(g)} className="roster-row">
            <Text className="roster-row__value">{grantLabel(g, branchName)}</Text>
            {isAdmin ? (
              <Text className="roster-link" onClick={() => void revoke(g)}>
                撤销
              </Text>
            ) : null}
          </View>
        ))}
      </View>
      {isAdmin && person.active ? (
        <View className="roster-card">
          <Text className="roster-card__title">授予角色</Text>
          <Chips<Grantable>
            options={GRANTABLE.map((g) => ({ value: g.role, label: g.label }))}
            value={role}
            onChange={setRole}
          />
          {spec?.scope === 'branch' ? (
            <Picker
              mode="selector"
              range={branches.map((b) => b.name)}
              value={branchIndex}
              onChange={(e) => setBranchIndex(Number(e.detail.value))}
            >
              <View className="roster-picker">
                分工会：{branches[branchIndex]?.name ?? '请选择'} ▾
              </View>
            </Picker>
          ) : null}
          {spec?.scope === 'event' ? (
            <Field
              label="活动编号（可不填）"
              hint="不填则可组织全部活动"
              value={scopeText}
              onInput={setScopeText}
            />
          ) : null}
          {spec?.scope === 'welfare' ? (
            <>
              <Chips<'batchId' | 'pointId'>
                options={[
                  { value: 'batchId', label: '按发放批次' },
                  { value: 'pointId', label: '按领取点' },
                ]}
                value={welfareScope}
                onChange={setWelfareScope}
              />
              <Field
                label="批次或领取点编号（可不填）"
                hint="不填则可核销全部发放"
                value={scopeText}
                onInput={setScopeText}
              />
            </>
          ) : null}
          <BigButton loading={busy} onClick={() => void grant()}>
            授予
          </BigButton>
        </View>
      ) : null}
      {isAdmin && person.bound ? (
        <BigButton kind="secondary" loading={busy} onClick={() => void unbind()}>
          解绑微信（换了手机）
        </BigButton>
      ) : null}
    </View>
  );
}

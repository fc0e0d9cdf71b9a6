// 分工会: the branches with their head counts as bars; an admin renames, reorders, stops or adds one.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { BranchView } from '../../../../domain/roster/contract';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { rosterApi } from '../api';
import { barWidths } from '../labels';
import { CheckRow } from './bits';
import './roster.scss';
import { confirm } from '../../../components/confirm';

interface Draft {
  id?: string;
  name: string;
  order: string;
  active: boolean;
}

export function BranchesView() {
  const [branches, setBranches] = useState<BranchView[] | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    try {
      setBranches((await rosterApi.branches(true)).branches);
    } catch (e) {
      setError(toCloudError(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const save = async (d: Draft) => {
    const order = Number(d.order);
    if (!d.active && d.id) {
      const ok = await confirm({
        title: '停用分工会',
        content: `停用后，名册导入时写这个分工会的行会被标为有问题。已在册的人不受影响。确定停用“${d.name}”吗？`,
        confirmText: '停用',
      });
      if (!ok) return;
    }
    setBusy(true);
    setError(null);
    try {
      await rosterApi.saveBranch({
        id: d.id,
        name: d.name,
        order: Number.isFinite(order) ? order : 0,
        active: d.active,
      });
      setDraft(null);
      await load();
      void Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  if (!branches)
    return error ? <ErrorBanner error={error} onRetry={() => void load()} /> : <LoadingState />;
  const widths = barWidths(branches.map((b) => b.people ?? 0));
  const totalPeople = branches.reduce((n, b) => n + (b.people ?? 0), 0);
  return (
    <View className="roster">
      <ErrorBanner error={error} />
      {draft ? (
        <View className="roster-card">
          <Text className="roster-card__title">{draft.id ? '修改分工会' : '新增分工会'}</Text>
          <Field
            label="名称"
            value={draft.name}
            maxlength={40}
            onInput={(name) => setDraft({ ...draft, name })}
          />
          <Field
            label="排序号"
            type="number"
            value={draft.order}
            onInput={(order) => setDraft({ ...draft, order })}
            hint="小的排在前面"
          />
          <CheckRow
            on={draft.active}
            text="启用（导入名册时可以使用）"
            onChange={(active) => setDraft({ ...draft, active })}
          />
          <BigButton loading={busy} onClick={() => void save(draft)}>
            保存
          </BigButton>
          <BigButton kind="secondary" onClick={() => setDraft(null)}>
            取消
          </BigButton>
        </View>
      ) : (
        <BigButton
          onClick={() =>
            setDraft({
              name: '',
              order: String(Math.max(0, ...branches.map((b) => b.order)) + 1),
              active: true,
            })
          }
        >
          新增分工会
        </BigButton>
      )}
      <View className="roster-card">
        <Text className="roster-card__title">
          {branches.filter((b) => b.active).length} 个分工会 · 在册 {totalPeople} 人
        </Text>
        <Text className="roster-card__text">点一个分工会可以修改名称、顺序或停用。</Text>
        {branches.map((b, i) => (
          <View
            key={b.id}
            className="roster-bar"
            onClick={() =>
              setDraft({ id: b.id, name: b.name, order: String(b.order), active: b.active })
            }
          >
            <View className="roster-bar__head">
              <Text>
                {b.order}. {b.name}
                {b.active ? '' : '（已停用）'}
              </Text>
              <Text>{b.people ?? 0} 人</Text>
            </View>
            <View className="roster-bar__track">
              <View className="roster-bar__fill" style={{ width: `${widths[i]}%` }} />
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

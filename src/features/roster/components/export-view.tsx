// 导出名册: the roster as Excel, by branch and status (a branch chair: their own branch, no phones).
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { BranchView } from '../../../../domain/roster/contract';
import { visibleBranches } from '../../../../domain/roster/rules';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { saveFile } from '../../../services/file';
import { useMe } from '../../account/use-me';
import { rosterApi } from '../api';
import { CheckRow, Chips } from './bits';
import './roster.scss';

type Status = 'all' | '在职' | '退休';

export function ExportView() {
  const { me } = useMe();
  const [branches, setBranches] = useState<BranchView[] | null>(null);
  const [branchIndex, setBranchIndex] = useState(0);
  const [status, setStatus] = useState<Status>('all');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    rosterApi.branches().then(
      (r) => setBranches(r.branches),
      (e) => setError(toCloudError(e)),
    );
  }, []);

  if (!me || !branches) return error ? <ErrorBanner error={error} /> : <LoadingState />;
  const scope = visibleBranches(me.grants);
  // an admin picks any branch or all; a chair only among their own
  const choices = [
    ...(scope === null ? [{ id: '', name: '全部分工会' }] : []),
    ...branches
      .filter((b) => scope === null || scope.includes(b.id))
      .map((b) => ({ id: b.id, name: b.name })),
  ];
  const chosen = choices[Math.min(branchIndex, choices.length - 1)];

  const run = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const file = await rosterApi.exportRoster({
        branchId: chosen?.id || undefined,
        status: status === 'all' ? undefined : status,
        includeInactive,
      });
      await saveFile(file);
      setDone(`已导出 ${file.rows} 人：${file.filename}`);
    } catch (e) {
      setError(toCloudError(e));
      void Taro.showToast({ title: '导出没有成功', icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="roster">
      <View className="roster-card">
        <Text className="roster-card__title">分工会</Text>
        <Picker
          mode="selector"
          range={choices.map((c) => c.name)}
          value={branchIndex}
          onChange={(e) => setBranchIndex(Number(e.detail.value))}
        >
          <View className="roster-picker">{chosen?.name ?? '请选择'} ▾</View>
        </Picker>
        <Text className="roster-card__title">状态</Text>
        <Chips<Status>
          options={[
            { value: 'all', label: '全部' },
            { value: '在职', label: '在职' },
            { value: '退休', label: '退休' },
          ]}
          value={status}
          onChange={setStatus}
        />
      </View>
      <CheckRow on={includeInactive} text="包括已不在册的人" onChange={setIncludeInactive} />
      <Text className="roster-card__text">
        {scope === null
          ? '导出的表格和导入模板的列相同，改好后可以直接再导入。手机号和出生年月属于个人信息，请妥善保管。'
          : '分工会主席导出的表格不含手机号和出生年月。'}
      </Text>
      <ErrorBanner error={error} />
      {done ? <Text className="roster-card__text">{done}</Text> : null}
      <BigButton loading={busy} onClick={() => void run()}>
        导出 Excel
      </BigButton>
    </View>
  );
}

// 导入代表名单 (admin): pick an .xlsx (工号, 姓名, 代表团/分组), see the bad rows, then import.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { PickCancelled, pickFile, type PickedFile } from '../../../services/file';
import { proposalsApi, type Out } from '../api';
import { Card } from './bits';
import { confirm } from '../../../components/confirm';

export function RepsImport({ congressId }: { congressId: string }) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<Out<'proposals.importReps'> | null>(null);
  const [busy, setBusy] = useState<'pick' | 'commit' | null>(null);
  const [error, setError] = useState<CloudError | null>(null);

  const pick = async () => {
    setError(null);
    try {
      const f = await pickFile(['xlsx']);
      setBusy('pick');
      setFile(f);
      setPreview(
        await proposalsApi.importReps({ congressId, fileBase64: f.base64, commit: false }),
      );
    } catch (e) {
      if (!(e instanceof PickCancelled)) setError(toCloudError(e));
    } finally {
      setBusy(null);
    }
  };
  const commit = async () => {
    if (!file || !preview) return;
    const ok = await confirm({
      title: '确认导入',
      content: `导入 ${preview.good} 位代表${preview.bad.length ? `，跳过 ${preview.bad.length} 行有问题的` : ''}？`,
      confirmText: '导入',
    });
    if (!ok) return;
    setBusy('commit');
    setError(null);
    try {
      const r = await proposalsApi.importReps({
        congressId,
        fileBase64: file.base64,
        commit: true,
      });
      void Taro.showToast({ title: `已导入 ${r.imported} 位代表`, icon: 'none' });
      setPreview(null);
      setFile(null);
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <View className="pp-stack">
      <Card title="文件格式">
        <Text className="pp-small">
          Excel（.xlsx）第一行是表头：工号、姓名，可选“代表团/分组”。工号和姓名要与教职工名册一致。重复导入不会产生重复的代表。
        </Text>
      </Card>
      <ErrorBanner error={error} />
      {preview ? (
        <Card title={`${file?.name ?? ''}：共 ${preview.total} 行，${preview.good} 行可以导入`}>
          {preview.bad.length ? (
            <Text className="pp-error">以下 {preview.bad.length} 行有问题，导入时会跳过：</Text>
          ) : (
            <Text className="pp-small">没有发现问题。</Text>
          )}
          {preview.bad.map((b) => (
            <Text key={b.line} className="pp-small">
              第 {b.line} 行 {b.staffNo || '（无工号）'} {b.name}：{b.problem}
            </Text>
          ))}
        </Card>
      ) : null}
      {preview && preview.good > 0 ? (
        <BigButton loading={busy === 'commit'} onClick={() => void commit()}>
          导入 {preview.good} 位代表
        </BigButton>
      ) : (
        <BigButton loading={busy === 'pick'} onClick={() => void pick()}>
          选择 Excel 文件
        </BigButton>
      )}
      {preview ? (
        <BigButton kind="secondary" onClick={() => void pick()}>
          换一个文件
        </BigButton>
      ) : null}
    </View>
  );
}

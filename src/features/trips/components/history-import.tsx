// Last years' trips (往年疗休养) imported from .xlsx: preview first, then import.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { pickFile } from '../../../services/file';
import { trips, type Out } from '../api';
import './trips.scss';
import { useAct } from './use-act';

export function HistoryImport() {
  const [pre, setPre] = useState<Out<'trips.previewHistory'> | null>(null);
  const { busy, fail, act } = useAct();
  return (
    <View className="tr-card">
      <Text className="tr-title">导入往年疗休养记录</Text>
      <Text className="tr-muted">
        Excel 第一行为表头：工号、年份、路线（路线可不填）。先预览，再确认导入。
      </Text>
      <BigButton
        kind="secondary"
        loading={busy}
        onClick={() =>
          act(async () => {
            const f = await pickFile(['xlsx', 'csv']);
            setPre(await trips('trips.previewHistory', { fileBase64: f.base64, fileName: f.name }));
          })
        }
      >
        选择文件并预览
      </BigButton>
      {pre ? (
        <View>
          <Text className="tr-text">
            共 {pre.total} 行：可导入 {pre.rows.length} 条，有问题 {pre.bad.length}{' '}
            行，名册里没有的工号 {pre.unknown.length} 个。
          </Text>
          {pre.bad.map((b) => (
            <Text key={b.line} className="tr-muted">
              第 {b.line} 行：{b.message}
            </Text>
          ))}
          {pre.unknown.length ? (
            <Text className="tr-muted">
              名册里没有：{pre.unknown.join('、')}（仍会导入，入册后生效）
            </Text>
          ) : null}
          <BigButton
            loading={busy}
            disabled={pre.rows.length === 0}
            onClick={() =>
              act(async () => {
                await trips('trips.importHistory', { rows: pre.rows });
                setPre(null);
              }, '已导入')
            }
          >
            确认导入 {pre.rows.length} 条
          </BigButton>
        </View>
      ) : null}
      <ErrorBanner error={fail} />
    </View>
  );
}

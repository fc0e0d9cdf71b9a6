// 审计日志: filter the audit trail (工号, 操作, 结果, dates), read it 50 at a time, export to Excel.
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import {
  AUDIT_EXPORT_MAX,
  type AuditEntryView,
  type AuditFilter,
} from '../../../../domain/audit/contract';
import { beijing } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { saveFile } from '../../../services/file';
import { auditApi } from '../api';
import {
  ACTION_LABELS,
  actionLabel,
  EMPTY_FORM,
  OUTCOME_CHOICES,
  outcomeLabel,
  roleLabel,
  targetLabel,
  toFilter,
  type AuditForm,
} from '../labels';
import './audit.scss';

const ACTIONS = [{ code: '', label: '全部操作' }].concat(
  [...ACTION_LABELS].map(([code, label]) => ({ code, label })),
);

export function AuditView() {
  const [form, setForm] = useState<AuditForm>(EMPTY_FORM);
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  // the filter the list shows (what 导出 exports too), set by 查询 and by the chips and picker
  const [shown, setShown] = useState<AuditFilter>({});
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [page, setPage] = useState(0);
  const [hasMore, setHasMore] = useState(false);
  const [retention, setRetention] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async (filter: AuditFilter, nextPage: number) => {
    setLoading(true);
    setError(null);
    try {
      const res = await auditApi.list(filter, nextPage);
      setEntries((old) => (nextPage > 0 ? [...old, ...res.entries] : res.entries));
      setPage(res.page);
      setHasMore(res.hasMore);
      setRetention(res.retentionDays);
      setShown(filter);
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setLoading(false);
    }
  }, []);

  const search = (next: AuditForm) => {
    const r = toFilter(next);
    if (!r.ok) {
      setProblem({ field: r.field, message: r.message });
      return;
    }
    setProblem(null);
    setDone(null);
    void load(r.filter, 0);
  };

  useEffect(() => {
    void load({}, 0);
  }, [load]);

  const set = (key: keyof AuditForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  // a chip or the picker searches straight away; typed fields wait for 查询
  const pick = (key: 'actionName' | 'outcome', value: string) => {
    const next = { ...form, [key]: value };
    setForm(next);
    search(next);
  };
  const actionIndex = Math.max(
    0,
    ACTIONS.findIndex((a) => a.code === form.actionName),
  );

  const runExport = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const file = await auditApi.exportXlsx(shown);
      await saveFile(file);
      setDone(`已导出 ${file.rows} 条记录：${file.filename}（这次导出也记入了审计日志）`);
    } catch (e) {
      setError(toCloudError(e));
      void Taro.showToast({ title: '导出没有成功', icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (field: string) => (problem?.field === field ? problem.message : undefined);

  return (
    <View className="audit">
      <Field
        label="工号"
        value={form.staffNo}
        placeholder="谁做的操作，留空为全部"
        maxlength={20}
        onInput={set('staffNo')}
        error={errorOf('staffNo')}
      />
      <View>
        <Text className="audit-label">操作</Text>
        <Picker
          mode="selector"
          range={ACTIONS.map((a) => a.label)}
          value={actionIndex}
          onChange={(e) => pick('actionName', ACTIONS[Number(e.detail.value)]?.code ?? '')}
        >
          <View className="audit-picker" data-testid="audit-action">
            <Text>{ACTIONS[actionIndex].label}</Text>
            <Text>▾</Text>
          </View>
        </Picker>
      </View>
      <View>
        <Text className="audit-label">结果</Text>
        <Chips<string>
          label="结果"
          testId="audit-outcome"
          options={OUTCOME_CHOICES}
          value={form.outcome}
          onChange={(v) => pick('outcome', v)}
        />
      </View>
      <DateField
        label="开始日期"
        hint="北京时间当天 0 点起，不选为不限"
        value={form.fromDay}
        onChange={set('fromDay')}
        error={errorOf('fromDay')}
      />
      <DateField
        label="结束日期"
        hint="含当天，不选为不限"
        value={form.toDay}
        onChange={set('toDay')}
        error={errorOf('toDay')}
      />
      <BigButton onClick={() => search(form)}>查询</BigButton>
      <ErrorBanner error={error} onRetry={() => void load(shown, 0)} />
      {done ? <Text className="audit-note">{done}</Text> : null}
      {entries.map((e) => (
        <Card
          key={e.id}
          testId="audit-entry"
          title={`${actionLabel(e.action)} · ${outcomeLabel(e.outcome)}`}
          lines={[
            `时间：${beijing(e.at).format('YYYY年M月D日 HH:mm')}`,
            `操作人：${e.staffNo ?? '系统'}（${roleLabel(e.role)}）`,
            `对象：${targetLabel(e.target)}`,
          ]}
        />
      ))}
      {loading ? <LoadingState /> : null}
      {!loading && !error && entries.length === 0 ? (
        <EmptyState
          title="没有符合条件的记录"
          hint="换个工号、操作或日期试试；清空条件可看全部记录。"
        />
      ) : null}
      {!loading && hasMore ? (
        <BigButton kind="secondary" onClick={() => void load(shown, page + 1)}>
          加载更多
        </BigButton>
      ) : null}
      {retention !== null ? (
        <Text className="audit-note">
          记录保留 {retention} 天。导出按上面已查询的条件，最多 {AUDIT_EXPORT_MAX} 条。
        </Text>
      ) : null}
      <BigButton kind="secondary" loading={busy} onClick={() => void runExport()}>
        导出 Excel
      </BigButton>
    </View>
  );
}

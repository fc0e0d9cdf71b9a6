// 年度工作数据: pick a year (an admin also a branch), read each feature's numbers with last year
// beside them, tap a number for the list behind it, see bars by month and by branch, refresh,
// and download the Excel workbook and the Word draft of the year-end summary.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { beijing } from '../../../../domain/time';
import { pages } from '../../../../domain/pages';
import { BarChart } from '../../../components/bar-chart';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { saveFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { report, type Out } from '../api';
import { sectionsOf, yearChoices, type SectionView } from '../view';
import './report.scss';

export function ReportView({
  year: askedYear,
  branchId: askedBranch,
}: {
  year?: number;
  branchId?: string;
}) {
  const thisYear = beijing(new Date()).year();
  const [year, setYear] = useState(askedYear ?? thisYear);
  const [branchId, setBranchId] = useState<string | undefined>(askedBranch);
  const [q, setQ] = useState('');
  const loaded = useLoad(() => report('report.year', { year, branchId }), [year, branchId]);
  const refresh = useAction(
    () => report('report.year', { year, branchId, refresh: true }),
    (r) => {
      loaded.setData(r);
      return '已按最新记录重新统计';
    },
  );
  const download = useAction(
    async (kind: 'xlsx' | 'docx') =>
      saveFile(
        await report(kind === 'xlsx' ? 'report.exportXlsx' : 'report.exportDocx', {
          year,
          branchId,
        }),
      ),
    (_a, kind) => (kind === 'xlsx' ? '已下载 Excel 表格' : '已下载 Word 总结稿'),
  );
  const r: Out<'report.year'> | null = loaded.data;
  return (
    <View className="rp">
      <Chips
        label="年份"
        options={yearChoices(thisYear).map((y) => ({ value: String(y), label: `${y}年` }))}
        value={String(year)}
        onChange={(v) => setYear(Number(v))}
        testId="rp-years"
      />
      {loaded.loading && !r ? <LoadingState /> : null}
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {r ? (
        <View className="rp-body">
          <View className="rp-card" data-testid="rp-head">
            <Text className="rp-title">
              {r.branchName} · {r.year}年
            </Text>
            <Text className="rp-muted">
              统计于 {r.computedAt.slice(0, 10)}
              {r.cached ? '（今天已统计过；有新记录可点“刷新”）' : ''}
              {r.previous ? '，右边是上一年同期' : '，上一年没有记录可比'}
            </Text>
            {r.branchId && !askedBranch && r.branchId !== askedBranch && branchId ? (
              <BigButton kind="secondary" onClick={() => setBranchId(undefined)}>
                看全校
              </BigButton>
            ) : null}
          </View>
          {sectionsOf(r).map((s) => (
            <SectionCard
              key={s.key}
              s={s}
              q={q}
              onFigure={(figure) =>
                go(
                  pages.report.detail({
                    year: String(r.year),
                    figure,
                    ...(r.branchId ? { branchId: r.branchId } : {}),
                  }),
                )
              }
              onBranch={(id) => setBranchId(id)}
            />
          ))}
          {r.branchId === null ? (
            <View className="rp-card">
              <Field
                label="查找分工会"
                value={q}
                onInput={setQ}
                placeholder="输入分工会名称，图中只留下它"
              />
              <Text className="rp-muted">点“各分工会参与人次”图中的一行，看那个分工会的数据。</Text>
            </View>
          ) : null}
          <View className="rp-card">
            <Text className="rp-title">下载</Text>
            <Text className="rp-muted">
              Excel 每个板块一张表；Word 是“年度工作总结（数据部分）”的草稿，可直接修改。
            </Text>
            <ErrorBanner error={download.error ?? refresh.error} />
            {download.note || refresh.note ? (
              <Text className="rp-note">{download.note || refresh.note}</Text>
            ) : null}
            <BigButton loading={download.busy} onClick={() => void download.run('docx')}>
              下载 Word 总结稿
            </BigButton>
            <BigButton
              kind="secondary"
              loading={download.busy}
              onClick={() => void download.run('xlsx')}
            >
              下载 Excel 表格
            </BigButton>
            <BigButton kind="secondary" loading={refresh.busy} onClick={() => void refresh.run()}>
              刷新（按最新记录重新统计）
            </BigButton>
          </View>
        </View>
      ) : null}
    </View>
  );
}

function SectionCard({
  s,
  q,
  onFigure,
  onBranch,
}: {
  s: SectionView;
  q: string;
  onFigure: (figure: NonNullable<SectionView['lines'][number]['figure']>) => void;
  onBranch: (branchId: string) => void;
}) {
  return (
    <View className="rp-card" data-testid={`rp-${s.key}`}>
      <Text className="rp-title">{s.title}</Text>
      {s.lines.map((l) => (
        <View
          key={l.label}
          className={`rp-line${l.figure ? ' rp-line--tap' : ''}`}
          role={l.figure ? 'button' : undefined}
          aria-label={l.figure ? `${l.label} ${l.value}，看明细` : undefined}
          hoverClass={l.figure ? 'rp-line--pressed' : undefined}
          onClick={l.figure ? () => onFigure(l.figure!) : undefined}
        >
          <Text className="rp-line__label">{l.label}</Text>
          <Text className="rp-line__value">{l.value}</Text>
          <Text className="rp-line__prev">{l.previous === null ? '' : `上年 ${l.previous}`}</Text>
          {l.figure ? <Text className="rp-line__more">明细 ›</Text> : null}
        </View>
      ))}
      {s.note ? <Text className="rp-muted">{s.note}</Text> : null}
      {s.charts.map((c) => (
        <BarChart
          key={c.title}
          title={c.title}
          bars={c.branches && q.trim() ? c.bars.filter((b) => b.label.includes(q.trim())) : c.bars}
          hideZero={c.hideZero}
          onTap={c.branches ? onBranch : undefined}
          testId={`rp-chart-${s.key}`}
        />
      ))}
    </View>
  );
}

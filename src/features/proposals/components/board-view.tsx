// 提案 board: the session's proposals for everyone, with filters, a chart of the counts, overdue
// answers marked, and the caller's next steps (file, my proposals, review, answer, export).
import { Input, Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import type { SessionInfo } from '../../../../domain/proposals/contract';
import { CATEGORIES } from '../../../../domain/proposals/model';
import { BOARD_GROUPS, BOARD_GROUP_LABELS } from '../../../../domain/proposals/rules';
import { beijingDateTime } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { toCloudError } from '../../../services/cloud';
import { saveFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { proposalsApi } from '../api';
import { NO_FILTER, applyFilter, countBoard, departmentsOn, type BoardFilter } from '../board';
import { useLoad } from '../../../hooks/use-load';
import { BarChart, Card, Chips, ProposalRow } from './bits';
import { pages } from '../../../../domain/pages';
import { tell } from '../../../components/confirm';

export function windowText(s: SessionInfo): string {
  if (s.window === 'open') return `提案征集中，${beijingDateTime(s.filingClosesAt)} 截止`;
  if (s.window === 'not_yet') return `提案征集将于 ${beijingDateTime(s.filingOpensAt)} 开始`;
  return `提案征集已于 ${beijingDateTime(s.filingClosesAt)} 截止，正在办理和答复`;
}

export function BoardView({ sessionId }: { sessionId?: string }) {
  const sessions = useLoad(() => proposalsApi.sessions(), []);
  const current =
    sessions.data?.sessions.find((s) => s.id === sessionId) ?? sessions.data?.sessions[0];
  const board = useLoad(
    () => (current ? proposalsApi.board(current.id) : Promise.resolve(null)),
    [current?.id],
  );
  const [filter, setFilter] = useState<BoardFilter>(NO_FILTER);
  const [exporting, setExporting] = useState(false);

  const items = useMemo(() => board.data?.items ?? [], [board.data]);
  const shown = useMemo(() => applyFilter(items, filter), [items, filter]);
  const counts = useMemo(() => countBoard(items), [items]);
  const departments = useMemo(() => departmentsOn(items), [items]);

  if (sessions.loading) return <LoadingState />;
  if (sessions.error) return <ErrorBanner error={sessions.error} onRetry={sessions.reload} />;
  if (!current || !sessions.data)
    return (
      <EmptyState title="还没有教代会会议" hint="校工会发布会议和提案征集后，会在这里显示。" />
    );

  const handlerOf = sessions.data.handlerOf;
  const set = (patch: Partial<BoardFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await saveFile(await proposalsApi.exportSession(current.id));
    } catch (e) {
      void tell('导出没有成功', toCloudError(e).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <View className="pp-stack">
      <Card title={`${current.congressName} ${current.name}`}>
        <Text className="pp-small">{windowText(current)}</Text>
        {current.isRepresentative ? (
          <Text className="pp-small">
            你是本届教代会代表，可以提交提案和建议，也可以为其他代表的提案附议。
          </Text>
        ) : (
          <Text className="pp-small">
            你可以查看本次会议的全部提案和办理情况。提交提案需要代表身份，有想法可以告诉本部门的代表。
          </Text>
        )}
        {sessions.data.sessions.length > 1 ? (
          <Chips
            label="选择会议"
            options={sessions.data.sessions.map((s) => ({ value: s.id, label: s.name }))}
            value={current.id}
            onChange={(id) => go(pages.proposals.index({ session: id }))}
          />
        ) : null}
      </Card>

      {current.isRepresentative && current.window === 'open' ? (
        <BigButton onClick={() => go(pages.proposals.file({ session: current.id }))}>
          写提案或建议
        </BigButton>
      ) : null}
      <NavRow
        title="我的提案"
        hint="我提交的、邀请我附议的、交给我部门办理的"
        onClick={() => go(pages.proposals.mine())}
      />
      {handlerOf.length ? (
        <NavRow
          title="待答复"
          hint={`交给${handlerOf.map((d) => d.name).join('、')}办理的提案`}
          onClick={() => go(pages.proposals.mine({ tab: 'assigned' }))}
        />
      ) : null}
      {sessions.data.isAdmin ? (
        <NavRow
          title="导入代表名单"
          hint="从 Excel 导入本届教代会代表"
          onClick={() => go(pages.proposals.reps({ congress: current.congressId }))}
        />
      ) : null}

      {board.error ? <ErrorBanner error={board.error} onRetry={board.reload} /> : null}
      {board.loading ? <LoadingState text="正在读取提案…" /> : null}

      {board.data ? (
        <>
          <Card
            title={`共 ${counts.total} 件${counts.overdue ? `，${counts.overdue} 件超期未答复` : ''}`}
          >
            <BarChart title="按状态" bars={counts.byGroup} />
            <BarChart title="按类别" bars={counts.byCategory} />
            <BarChart title="按承办部门" bars={counts.byDepartment} />
          </Card>

          <Card title="筛选">
            <Input
              className="pp-search"
              value={filter.q}
              placeholder="搜索标题、提案人或序号"
              onInput={(e) => set({ q: e.detail.value })}
            />
            <Chips
              label="状态"
              options={[
                { value: 'all' as const, label: '全部' },
                ...BOARD_GROUPS.map((g) => ({ value: g, label: BOARD_GROUP_LABELS[g] })),
              ]}
              value={filter.group}
              onChange={(group) => set({ group })}
            />
            <Chips
              label="类别"
              options={[
                { value: 'all' as const, label: '全部类别' },
                ...CATEGORIES.map((c) => ({ value: c, label: c })),
              ]}
              value={filter.category}
              onChange={(category) => set({ category })}
            />
            {departments.length ? (
              <Chips
                label="承办部门"
                options={[
                  { value: 'all', label: '全部部门' },
                  ...departments.map((d) => ({ value: d.id, label: d.name })),
                ]}
                value={filter.department}
                onChange={(department) => set({ department })}
              />
            ) : null}
            {counts.overdue ? (
              <Chips
                label="超期"
                options={[{ value: 'overdue', label: `只看超期（${counts.overdue}）` }]}
                value={filter.overdueOnly ? 'overdue' : ''}
                onChange={() => set({ overdueOnly: !filter.overdueOnly })}
              />
            ) : null}
          </Card>

          {shown.length === 0 ? (
            <EmptyState
              title={items.length ? '没有符合条件的提案' : '还没有提交的提案'}
              hint={
                items.length
                  ? '换个条件试试。'
                  : current.window === 'open'
                    ? '代表们提交并附议后，提案会显示在这里。'
                    : undefined
              }
              action={
                items.length
                  ? { label: '清除筛选', onClick: () => setFilter(NO_FILTER) }
                  : undefined
              }
            />
          ) : (
            shown.map((p) => <ProposalRow key={p.id} p={p} />)
          )}

          {current.isCommittee ? (
            <BigButton kind="secondary" loading={exporting} onClick={() => void exportXlsx()}>
              导出提案汇总表（Excel）
            </BigButton>
          ) : null}
        </>
      ) : null}
    </View>
  );
}

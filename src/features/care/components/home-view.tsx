// 关爱帮扶 home: what I can apply for, my applications with what happens next, the 公示, and for
// chairs and the union the way to file for someone and to review.
import { Text, View } from '@tarojs/components';
import { holdsRole } from '../../../../domain/account/roles';
import { KIND_LABELS } from '../../../../domain/care/model';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { pages } from '../../../../domain/pages';
import { go } from '../../../services/nav';
import { useMe } from '../../account/use-me';
import { useLoad } from '../../../hooks/use-load';
import { careApi } from '../api';
import { careUrl } from '../routes';
import { Card, StatusTag } from './bits';

export function HomeView() {
  const { me } = useMe();
  const { data, error, loading, reload } = useLoad(
    () => Promise.all([careApi.programmes(), careApi.mine()]),
    [],
  );
  if (loading) return <LoadingState />;
  if (error || !data) return <ErrorBanner error={error} onRetry={reload} />;
  const [{ programmes }, { cases }] = data;
  const grants = me?.grants ?? [];
  const reviewer = ['branch_chair', 'care_committee'].some((r) =>
    holdsRole(grants, r as 'branch_chair'),
  );
  return (
    <View>
      <Card title="我的申请">
        {cases.length === 0 ? (
          <Text className="care-hint">
            还没有申请。遇到困难、大病或需要理赔帮助，可以在下面选一个项目申请。
          </Text>
        ) : (
          cases.map((c) => (
            <View
              key={c.caseId}
              className="care-row"
              onClick={() => go(careUrl('case', { id: c.caseId }))}
            >
              <View className="care-row__main">
                <Text className="care-text">{c.programmeName}</Text>
                <Text className="care-hint">{c.next}</Text>
              </View>
              <StatusTag status={c.status} label={c.statusLabel} />
            </View>
          ))
        )}
      </Card>
      <Card title="可以申请的项目">
        {programmes.length === 0 ? (
          <Text className="care-hint">现在没有开放的项目。</Text>
        ) : (
          programmes.map((p) => (
            <NavRow
              key={p.programmeId}
              title={p.name}
              hint={p.blocked ?? `${KIND_LABELS[p.kind]} · 材料 ${p.checklist.length} 项`}
              tag={p.blocked ? '暂不能申请' : undefined}
              onClick={() => go(careUrl('apply', { programmeId: p.programmeId }))}
            />
          ))
        )}
      </Card>
      {programmes.some((p) => p.publicity) ? (
        <Card title="公示">
          {programmes
            .filter((p) => p.publicity)
            .map((p) => (
              <NavRow
                key={p.programmeId}
                title={`${p.name} 公示`}
                hint="批准名单只显示姓氏、分工会和金额"
                onClick={() => go(careUrl('publicity', { id: p.programmeId }))}
              />
            ))}
        </Card>
      ) : null}
      {reviewer ? (
        <Card title="工会干部">
          <NavRow
            title="审核申请"
            hint="待我审核、已退回、已批准的申请"
            onClick={() => go(careUrl('queue'))}
          />
          {holdsRole(grants, 'admin') ? (
            <NavRow
              title="项目与经费"
              hint="设立项目、预算余额、统计、导出发放表、慰问"
              onClick={() => go(careUrl('admin'))}
            />
          ) : (
            <NavRow
              title="慰问登记"
              hint="登记本分工会的走访慰问"
              onClick={() => go(careUrl('admin'))}
            />
          )}
        </Card>
      ) : null}
      <BigButton kind="secondary" onClick={() => go(pages.tabs.home())}>
        回到首页
      </BigButton>
    </View>
  );
}

// 健步走管理 for union admins and branch chairs: which campaign, its figures (standings-tiles), the
// teams (team-standings), the walkers (walker-report), the .xlsx export and, for admins, managing
// the campaign (campaign-manage). A chair's walker lists show their own branch.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { CampaignView, Report, Standings } from '../../../../domain/steps/contract';
import { beijingDay } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { saveFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { useMe } from '../../account/use-me';
import { closeCampaign, exportWalkers, getReport, getStandings, listCampaigns } from '../api';
import { pickCampaign } from '../view';
import { CampaignCard } from './walker-view';
import { CampaignManage } from './campaign-manage';
import { StandingsTiles } from './standings-tiles';
import { TeamStandings } from './team-standings';
import { WalkerReport } from './walker-report';
import './walkathon.scss';
import { pages } from '../../../../domain/pages';
import { confirm } from '../../../components/confirm';

export function AdminView({ campaignId }: { campaignId?: string }) {
  const { me } = useMe();
  const [campaigns, setCampaigns] = useState<CampaignView[] | null>(null);
  const [chosen, setChosen] = useState<string | undefined>(campaignId);
  const [standings, setStandings] = useState<Standings | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [exporting, setExporting] = useState(false);
  const [closing, setClosing] = useState(false);

  const isAdmin = Boolean(me?.roles.includes('admin'));
  const campaign = campaigns ? pickCampaign(campaigns, chosen) : null;

  const load = useCallback(async () => {
    setError(null);
    try {
      const list = (await listCampaigns()).campaigns;
      const c = pickCampaign(list, chosen);
      const [s, r] = c
        ? await Promise.all([getStandings(c.campaignId), getReport({ campaignId: c.campaignId })])
        : [null, null];
      setStandings(s);
      setReport(r);
      setCampaigns(list);
    } catch (e) {
      setError(toCloudError(e));
    }
  }, [chosen]);

  useEffect(() => {
    if (me) void load();
  }, [me, load]);

  const search = async (q: string) => {
    if (!campaign) return;
    try {
      setReport(await getReport({ campaignId: campaign.campaignId, q: q || undefined }));
    } catch (e) {
      setError(toCloudError(e));
    }
  };

  const doExport = async () => {
    if (!campaign) return;
    setExporting(true);
    try {
      await saveFile(await exportWalkers(campaign.campaignId));
      void Taro.showToast({ title: '已导出', icon: 'success' });
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setExporting(false);
    }
  };

  /** 结束活动: ends it today after a confirmation, then shows the final standings. */
  const doClose = async (c: CampaignView) => {
    const ok = await confirm({
      title: '今天就结束这个活动？',
      content: `「${c.name}」将以今天（${beijingDay()}）为最后一天，之后不能再报名和累计步数，各队成绩随即算好。达标规则不变：按天数的规则最多要求到实际进行的天数。结束后不能恢复。`,
      confirmText: '结束活动',
      cancelText: '不结束',
    });
    if (!ok) return;
    setClosing(true);
    setError(null);
    try {
      const r = await closeCampaign(c.campaignId);
      void Taro.showToast({
        title: r.alreadyClosed ? '活动已经结束了' : `已结束，${r.compliant} 人全程达标`,
        icon: 'none',
      });
      await load();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setClosing(false);
    }
  };

  if (error && !campaigns) return <ErrorBanner error={error} onRetry={() => void load()} />;
  if (!campaigns) return <LoadingState />;
  const setup = isAdmin ? (
    <BigButton kind="secondary" onClick={() => go(pages.walkathon.setup())}>
      新建健步走活动
    </BigButton>
  ) : null;
  if (!campaign) {
    return (
      <View className="wk">
        <EmptyState
          title="还没有健步走活动"
          hint={
            isAdmin
              ? '点下面的按钮设置第一次活动。'
              : '校工会发布活动后，这里能看到本分工会的情况。'
          }
        />
        {setup}
      </View>
    );
  }

  return (
    <View className="wk">
      {campaigns.length > 1 ? (
        <View className="wk-chips">
          {campaigns.map((c) => (
            <Text
              key={c.campaignId}
              className={`wk-chip${c.campaignId === campaign.campaignId ? ' wk-chip--on' : ''}`}
              onClick={() => setChosen(c.campaignId)}
            >
              {c.name}
            </Text>
          ))}
        </View>
      ) : null}
      <CampaignCard c={campaign} />
      {error ? <ErrorBanner error={error} /> : null}
      {standings ? (
        <>
          <StandingsTiles standings={standings} />
          <TeamStandings standings={standings} campaign={campaign} />
        </>
      ) : null}
      {report ? <WalkerReport report={report} campaign={campaign} onSearch={search} /> : null}
      <BigButton loading={exporting} onClick={() => void doExport()}>
        导出参加者表格（.xlsx）
      </BigButton>
      {isAdmin ? <CampaignManage campaign={campaign} closing={closing} onClose={doClose} /> : null}
      {setup}
    </View>
  );
}

// 管理这个活动 (admins): what can still change, 修改活动, and 结束活动 today while it runs.
import { Text, View } from '@tarojs/components';
import type { CampaignView } from '../../../../domain/steps/contract';
import { beijingDay } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { go } from '../../../services/nav';
import './walkathon.scss';
import { pages } from '../../../../domain/pages';

export function CampaignManage({
  campaign,
  closing,
  onClose,
}: {
  campaign: CampaignView;
  closing: boolean;
  onClose: (c: CampaignView) => Promise<void>;
}) {
  return (
    <View className="wk-form" data-testid="campaign-manage">
      <Text className="wk-label">管理这个活动</Text>
      <Text className="wk-card__note">
        {campaign.status === 'ended'
          ? '活动已结束，可以修改名称和说明。'
          : campaign.endDate === beijingDay()
            ? '今天是活动的最后一天，可以修改名称、说明和达标规则。'
            : '可以修改名称、说明、结束日期、每日目标和达标规则；也可以今天就结束活动。'}
      </Text>
      <BigButton
        kind="secondary"
        onClick={() => go(pages.walkathon.setup({ campaignId: campaign.campaignId }))}
      >
        修改活动
      </BigButton>
      {campaign.status === 'running' && campaign.endDate > beijingDay() ? (
        <BigButton kind="plain" loading={closing} onClick={() => void onClose(campaign)}>
          结束活动
        </BigButton>
      ) : null}
    </View>
  );
}

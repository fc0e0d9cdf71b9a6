// 健步走管理's walkers: the top ten (a chair's: their branch's), flagged days to check, and search
// by name or 工号.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CampaignView, Report } from '../../../../domain/steps/contract';
import { BigButton } from '../../../components/big-button';
import { formatSteps } from '../view';
import './walkathon.scss';

export function WalkerReport({
  report,
  campaign,
  onSearch,
}: {
  report: Report;
  campaign: CampaignView;
  onSearch: (q: string) => Promise<void>;
}) {
  const [walkerQ, setWalkerQ] = useState('');
  const search = () => onSearch(walkerQ.trim());
  return (
    <>
      <View className="wk-card">
        <Text className="wk-card__title">
          {report.scope === 'branch' ? '本分工会步数前十' : '步数前十'}
        </Text>
        {report.top.length === 0 ? <Text className="wk-card__line">还没有人同步步数。</Text> : null}
        {report.top.map((w, i) => (
          <View key={w.staffNo} className="wk-table__row">
            <Text className="wk-table__rank">{i + 1}</Text>
            <View className="wk-table__name">
              <Text>{w.name}</Text>
              <Text className="wk-table__sub">{w.teamName}</Text>
            </View>
            <Text className="wk-table__num">{w.daysReached} 天</Text>
            <Text className="wk-table__num">{formatSteps(w.total)}</Text>
          </View>
        ))}
      </View>

      <View className="wk-card">
        <Text className="wk-card__title">异常步数（{report.flagged.length}）</Text>
        <Text className="wk-card__note">
          单日超过 {formatSteps(campaign.flagAbove)} 步的记录，可能来自刷步工具；每天最多计入{' '}
          {formatSteps(campaign.dailyCap)} 步。请核实后与本人沟通。
        </Text>
        {report.flagged.slice(0, 20).map((f) => (
          <View key={`${f.staffNo}:${f.date}`} className="wk-table__row">
            <View className="wk-table__name">
              <Text>
                {f.name}（{f.staffNo}）
              </Text>
              <Text className="wk-table__sub">{f.teamName}</Text>
            </View>
            <Text className="wk-table__num">{f.date.slice(5)}</Text>
            <Text className="wk-table__num">{formatSteps(f.steps)}</Text>
          </View>
        ))}
      </View>

      <View className="wk-card">
        <Text className="wk-card__title">查找参加者</Text>
        <Input
          className="wk-search"
          value={walkerQ}
          placeholder="输入姓名或工号"
          confirmType="search"
          onInput={(e) => setWalkerQ(e.detail.value)}
          onConfirm={() => void search()}
        />
        <BigButton kind="secondary" onClick={() => void search()}>
          查找
        </BigButton>
        <Text className="wk-card__note">
          共 {report.matched} 人
          {report.matched > report.rows.length ? `，显示前 ${report.rows.length} 人` : ''}。
        </Text>
        {report.rows.slice(0, 50).map((w) => (
          <View key={w.staffNo} className="wk-table__row">
            <View className="wk-table__name">
              <Text>
                {w.name}（{w.staffNo}）
              </Text>
              <Text className="wk-table__sub">
                {w.teamName} · {w.ageGroup}
                {w.flaggedDays ? ` · 异常 ${w.flaggedDays} 天` : ''}
              </Text>
            </View>
            <Text className="wk-table__num">{w.compliant ? '已达标' : `${w.daysReached} 天`}</Text>
            <Text className="wk-table__num">{formatSteps(w.avgSteps)}/天</Text>
          </View>
        ))}
      </View>
    </>
  );
}

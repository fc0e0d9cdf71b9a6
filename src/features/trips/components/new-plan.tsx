// 新建疗休养计划 (admin): the plan's name and dates, then its routes (each with its group).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { DateField } from '../../../components/date-field';
import { ErrorBanner } from '../../../components/error-banner';
import { beijingDay } from '../../../../domain/time';
import { trips } from '../api';
import { planInput, type PlanForm } from '../format';
import './trips.scss';
import { useAct } from './use-act';
import { Line } from './line-field';

const emptyRoute = (): PlanForm['routes'][number] => ({
  name: '',
  days: '4',
  level: '2',
  costYuan: '',
  subsidyYuan: '',
  departDay: '',
  capacity: '40',
});

export function NewPlan({ onDone }: { onDone: () => void }) {
  const today = beijingDay();
  const [f, setF] = useState<PlanForm>({
    name: '',
    openDay: today,
    closeDay: '',
    serviceYears: '5',
    cycleYears: '4',
    routes: [emptyRoute(), emptyRoute()],
  });
  const { busy, fail, act } = useAct();
  const route = (i: number, k: keyof PlanForm['routes'][number], v: string) =>
    setF({ ...f, routes: f.routes.map((r, j) => (j === i ? { ...r, [k]: v } : r)) });
  return (
    <View className="tr-card">
      <Text className="tr-title">新建疗休养计划</Text>
      <Line
        label="计划名称（如 2027 年度教职工疗休养）"
        value={f.name}
        onInput={(v) => setF({ ...f, name: v })}
      />
      <DateField
        label="报名开始日期"
        value={f.openDay}
        onChange={(v) => setF({ ...f, openDay: v })}
      />
      <DateField
        label="报名截止日期"
        hint="当天 0 点截止"
        value={f.closeDay}
        onChange={(v) => setF({ ...f, closeDay: v })}
      />
      <Line
        label="工龄满几年可报名"
        type="number"
        value={f.serviceYears}
        onInput={(v) => setF({ ...f, serviceYears: v })}
      />
      <Line
        label="每几年可参加一次"
        type="number"
        value={f.cycleYears}
        onInput={(v) => setF({ ...f, cycleYears: v })}
      />
      {f.routes.map((r, i) => (
        <View key={i} className="tr-card">
          <Text className="tr-text">路线 {i + 1}</Text>
          <Line label="路线名称" value={r.name} onInput={(v) => route(i, 'name', v)} />
          <Line label="天数" type="number" value={r.days} onInput={(v) => route(i, 'days', v)} />
          <Line
            label="强度 1–5（5 为登山较多）"
            type="number"
            value={r.level}
            onInput={(v) => route(i, 'level', v)}
          />
          <Line
            label="费用（元）"
            type="number"
            value={r.costYuan}
            onInput={(v) => route(i, 'costYuan', v)}
          />
          <Line
            label="工会补贴（元）"
            type="number"
            value={r.subsidyYuan}
            onInput={(v) => route(i, 'subsidyYuan', v)}
          />
          <DateField
            label={`路线 ${i + 1} 出发日期`}
            value={r.departDay}
            onChange={(v) => route(i, 'departDay', v)}
          />
          <Line
            label="名额"
            type="number"
            value={r.capacity}
            onInput={(v) => route(i, 'capacity', v)}
          />
          <Line
            label="领队工号（可不填）"
            value={r.leaderNo ?? ''}
            onInput={(v) => route(i, 'leaderNo', v)}
          />
          <Line
            label="集合地点（可不填）"
            value={r.meetingPoint ?? ''}
            onInput={(v) => route(i, 'meetingPoint', v)}
          />
          <Line
            label="路线图片地址（https://…，可不填）"
            value={r.picture ?? ''}
            onInput={(v) => route(i, 'picture', v)}
          />
        </View>
      ))}
      <BigButton kind="plain" onClick={() => setF({ ...f, routes: [...f.routes, emptyRoute()] })}>
        再加一条路线
      </BigButton>
      <ErrorBanner error={fail} />
      <BigButton
        loading={busy}
        onClick={async () => {
          if (await act(() => trips('trips.createPlan', planInput(f)), '计划已发布')) onDone();
        }}
      >
        发布计划
      </BigButton>
    </View>
  );
}

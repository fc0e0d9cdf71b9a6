// The walkathon's pictures: today's ring against the target, and bar charts of days (CSS only;
// teams compared side by side use the shared BarChart).
import { Text, View } from '@tarojs/components';
import type { DayEntry } from '../../../../domain/steps/contract';
import { dayBars, formatSteps, ringFraction, teamDayBars, type Bar } from '../view';
import './charts.scss';

export function StepRing({ steps, target }: { steps: number; target: number }) {
  const deg = Math.round(ringFraction(steps, target) * 360);
  const reached = steps >= target;
  return (
    <View className="step-ring" aria-label={`今天 ${steps} 步，目标 ${target} 步`}>
      <View
        className="step-ring__disc"
        style={{
          background: `conic-gradient(${reached ? '#1e7b3c' : '#c8102e'} ${deg}deg, #eee6e3 ${deg}deg)`,
        }}
      >
        <View className="step-ring__hole">
          <Text className="step-ring__label">今天</Text>
          <Text className="step-ring__steps">{formatSteps(steps)}</Text>
          <Text className="step-ring__target">目标 {formatSteps(target)} 步</Text>
        </View>
      </View>
      <Text className={`step-ring__verdict${reached ? ' step-ring__verdict--ok' : ''}`}>
        {reached ? '今天已达标 ✓' : `还差 ${formatSteps(target - steps)} 步达标`}
      </Text>
    </View>
  );
}

/** Bars of the last days with the target as a dashed line; reached days green, flagged ones marked. */
export function DayBars({ history, target }: { history: readonly DayEntry[]; target: number }) {
  return (
    <ColumnBars
      {...dayBars(history, target)}
      legend={`绿色：当天达标；红色：未达标；虚线：每日目标 ${formatSteps(target)} 步`}
    />
  );
}

/** One team's average steps per walker per day, drawn like DayBars. */
export function TeamDayBars({
  values,
  days,
  target,
}: {
  values: readonly number[];
  days: readonly string[];
  target: number;
}) {
  return (
    <ColumnBars
      {...teamDayBars(values, days, target)}
      perWalker
      legend={`每天本队人均计入步数；虚线：每日目标 ${formatSteps(target)} 步`}
    />
  );
}

/** Vertical bars, one per day, with the target as a dashed line at `targetAt` percent. */
function ColumnBars({
  bars,
  targetAt,
  legend,
  perWalker,
}: {
  bars: readonly Bar[];
  targetAt: number;
  legend: string;
  /** the bars are averages per walker ("人均") */
  perWalker?: boolean;
}) {
  return (
    <View className="day-bars">
      <View className="day-bars__plot">
        <View className="day-bars__target" style={{ bottom: `${targetAt}%` }} />
        {bars.map((b) => (
          <View
            key={b.date}
            className="day-bars__col"
            aria-label={`${b.label} ${perWalker ? '人均 ' : ''}${b.steps} 步`}
          >
            <View
              className={`day-bars__bar${b.reached ? ' day-bars__bar--ok' : ''}${b.flagged ? ' day-bars__bar--flag' : ''}`}
              style={{ height: `${Math.max(b.height, b.steps > 0 ? 2 : 0)}%` }}
            />
          </View>
        ))}
      </View>
      <View className="day-bars__axis">
        <Text>{bars[0]?.label ?? ''}</Text>
        <Text>{bars[bars.length - 1]?.label ?? ''}</Text>
      </View>
      <Text className="day-bars__legend">{legend}</Text>
    </View>
  );
}

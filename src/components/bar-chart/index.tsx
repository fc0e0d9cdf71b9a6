// A light bar chart built from Views (weapp has no inline SVG in WXML; a chart library would cost
// far more than the few hundred bytes this does): one labelled horizontal bar per row, the value
// written beside it, optionally tappable (to open the list behind a bar).
import { Text, View } from '@tarojs/components';
import { barWidths, chartSummary, type ChartBar } from './bar-chart';
import './index.scss';

export type { ChartBar } from './bar-chart';

export interface BarChartProps {
  title: string;
  bars: readonly ChartBar[];
  /** hide bars whose value is 0 (long lists such as 24 branches) */
  hideZero?: boolean;
  /** each label on its own line, whole (long names such as branch unions wrap, never cut off) */
  wrap?: boolean;
  onTap?: (key: string) => void;
  testId?: string;
}

export function BarChart({ title, bars, hideZero, wrap, onTap, testId }: BarChartProps) {
  const shown = hideZero ? bars.filter((b) => b.value > 0) : bars;
  const widths = barWidths(shown);
  return (
    <View className="bar-chart" data-testid={testId}>
      <Text className="bar-chart__title">{title}</Text>
      <View className="bar-chart__rows" aria-label={`${title}：${chartSummary(shown)}`}>
        {shown.length === 0 ? <Text className="bar-chart__none">暂无数据</Text> : null}
        {shown.map((b, i) => (
          <View
            key={b.key}
            className={rowClass(Boolean(onTap), Boolean(wrap), Boolean(b.mine))}
            onClick={onTap ? () => onTap(b.key) : undefined}
          >
            <Text className="bar-chart__label">{b.label}</Text>
            <View className="bar-chart__track" aria-hidden>
              <View className="bar-chart__fill" style={{ width: `${widths[i]}%` }} />
            </View>
            <Text className="bar-chart__value">{b.text ?? String(b.value)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function rowClass(tap: boolean, wrap: boolean, mine: boolean): string {
  return [
    'bar-chart__row',
    tap ? 'bar-chart__row--tap' : '',
    wrap ? 'bar-chart__row--wrap' : '',
    mine ? 'bar-chart__row--mine' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

// How a broadcast got through: inboxes reached, read, and sent to WeChat (a plain CSS bar chart).
import { Text, View } from '@tarojs/components';
import './notify.scss';

export interface DeliveryCounts {
  inbox: number;
  read: number;
  subscription: { sent: number; waiting: number; inboxOnly: number };
}

export function deliveryRows(
  s: DeliveryCounts,
): { label: string; value: number; quiet?: boolean }[] {
  return [
    { label: '收到站内消息', value: s.inbox },
    { label: '已读', value: s.read },
    { label: '微信订阅消息已发', value: s.subscription.sent },
    { label: '等待发送', value: s.subscription.waiting, quiet: true },
    { label: '仅站内（未订阅）', value: s.subscription.inboxOnly, quiet: true },
  ];
}

export function DeliveryChart({ status }: { status: DeliveryCounts }) {
  const rows = deliveryRows(status);
  const max = Math.max(1, status.inbox);
  return (
    <View className="bar-chart">
      {rows.map((r) => (
        <View key={r.label} className="bar-chart__row">
          <Text className="bar-chart__label">{r.label}</Text>
          <View className="bar-chart__track">
            <View
              className={`bar-chart__fill${r.quiet ? ' bar-chart__fill--quiet' : ''}`}
              style={{ width: `${Math.round((r.value / max) * 100)}%` }}
            />
          </View>
          <Text className="bar-chart__value">{r.value}</Text>
        </View>
      ))}
    </View>
  );
}

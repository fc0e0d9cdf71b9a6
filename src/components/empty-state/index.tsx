// Nothing here (yet): says so plainly, says why or what comes next, and offers the next step.
import { Text, View } from '@tarojs/components';
import { BigButton } from '../big-button';
import './index.scss';

export interface EmptyStateProps {
  title: string;
  hint?: string;
  action?: { label: string; onClick: () => void };
}

export function EmptyState({ title, hint, action }: EmptyStateProps) {
  return (
    <View className="empty-state">
      <Text className="empty-state__title">{title}</Text>
      {hint ? <Text className="empty-state__hint">{hint}</Text> : null}
      {action ? (
        <View className="empty-state__action">
          <BigButton onClick={action.onClick}>{action.label}</BigButton>
        </View>
      ) : null}
    </View>
  );
}

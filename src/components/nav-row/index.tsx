// A tappable row that goes somewhere: a title, a short line under it, an arrow or a tag.
import { Text, View } from '@tarojs/components';
import './index.scss';

export interface NavRowProps {
  title: string;
  hint?: string;
  /** replaces the arrow, e.g. "即将开放" */
  tag?: string;
  onClick?: () => void;
}

export function NavRow({ title, hint, tag, onClick }: NavRowProps) {
  return (
    <View className="nav-row" hoverClass="nav-row--pressed" onClick={onClick}>
      <View className="nav-row__text">
        <Text className="nav-row__title">{title}</Text>
        {hint ? <Text className="nav-row__hint">{hint}</Text> : null}
      </View>
      {tag ? (
        <Text className="nav-row__tag">{tag}</Text>
      ) : (
        <Text className="nav-row__arrow">›</Text>
      )}
    </View>
  );
}

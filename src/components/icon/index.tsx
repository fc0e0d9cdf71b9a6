// Our own drawn icons (scripts/icons/draw-icons.ts), as a decorative square beside a label:
// a CSS background, so screen readers skip it and the label says what it is.
import { View } from '@tarojs/components';
import './index.scss';

export type IconName =
  'events' | 'welfare' | 'steps' | 'clubs' | 'proposals' | 'messages' | 'pass' | 'gift';

export function Icon({ name, size = 'md' }: { name: IconName; size?: 'md' | 'lg' }) {
  return <View className={`icon icon--${size} icon--${name}`} aria-hidden />;
}

// Small pieces the roster screens share: a big checkbox row, choice chips, a progress bar.
import { Text, View } from '@tarojs/components';
import './roster.scss';

export function CheckRow({
  on,
  text,
  onChange,
}: {
  on: boolean;
  text: string;
  onChange: (on: boolean) => void;
}) {
  return (
    <View
      className={`roster-check${on ? ' roster-check--on' : ''}`}
      role="checkbox"
      aria-checked={on}
      onClick={() => onChange(!on)}
    >
      <Text className="roster-check__box">{on ? '✓' : ''}</Text>
      <Text className="roster-check__text">{text}</Text>
    </View>
  );
}

/** The kit's chip row (kept under this name for the roster screens). */
export { Chips } from '../../../components/chips';

export function ProgressBar({ percent }: { percent: number }) {
  return (
    <View className="roster-progress" role="progressbar" aria-valuenow={percent}>
      <View className="roster-progress__bar" style={{ width: `${percent}%` }} />
    </View>
  );
}

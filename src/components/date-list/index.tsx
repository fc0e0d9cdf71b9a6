// A labelled list of days built with the date picker: pick a day to add it; each day is a row
// with a 删除 (and, if the form wants one, a mark such as 退休专场); sorted, never twice.
import { Text, View } from '@tarojs/components';
import { DateField } from '../date-field';
import { addDay, dayText, removeDay, toggleMark, type DayItem } from './list';
import './index.scss';

export type { DayItem } from './list';
export { addDay, removeDay, toggleMark } from './list';

export interface DateListProps {
  label: string;
  value: readonly DayItem[];
  onChange: (value: DayItem[]) => void;
  hint?: string;
  /** a mark each day may carry, e.g. "退休专场" (no mark when not given) */
  markLabel?: string;
  /** the earliest day that may be added ("2026-03-08") */
  min?: string;
  error?: string;
  /** the element id, for scrolling to the first problem (`field-<key>`) */
  id?: string;
}

export function DateList({
  label,
  value,
  onChange,
  hint,
  markLabel,
  min,
  error,
  id,
}: DateListProps) {
  return (
    <View className={`date-list${error ? ' date-list--error' : ''}`} id={id}>
      <Text className="field__label">{label}</Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      {value.length ? (
        <View className="date-list__rows" role="list" aria-label={label}>
          {value.map((d) => (
            <View key={d.date} className="date-list__row" role="listitem">
              <Text className="date-list__day">{dayText(d.date)}</Text>
              {markLabel ? (
                <View
                  className={`date-list__mark${d.marked ? ' date-list__mark--on' : ''}`}
                  role="checkbox"
                  aria-checked={d.marked}
                  aria-label={`${dayText(d.date)}${markLabel}`}
                  onClick={() => onChange(toggleMark(value, d.date))}
                >
                  <Text>
                    {d.marked ? '✓ ' : ''}
                    {markLabel}
                  </Text>
                </View>
              ) : null}
              <View
                className="date-list__remove"
                role="button"
                aria-label={`删除 ${dayText(d.date)}`}
                onClick={() => onChange(removeDay(value, d.date))}
              >
                <Text>删除</Text>
              </View>
            </View>
          ))}
        </View>
      ) : (
        <Text className="date-list__empty">还没有添加日期。</Text>
      )}
      <DateField
        label={value.length ? `再添加一天（已有 ${value.length} 天）` : `添加${label}`}
        value=""
        min={min}
        onChange={(day) => onChange(addDay(value, day))}
      />
      {error ? <Text className="field__error">{error}</Text> : null}
    </View>
  );
}

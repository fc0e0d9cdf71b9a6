// A labelled date, or date-and-time, field (Beijing time): on the mini-program the platform's
// date and time pickers behind two big buttons, on h5 the browser's own picker (a native input,
// as large as the other fields). The value is "2026-03-08" or "2026-03-08 14:00", like typed
// fields were, so forms parse it as before.
import { Picker, Text, View } from '@tarojs/components';
import { fromNative, joinValue, partLabel, splitValue, toNative, type DateKind } from './value';
import './index.scss';

export interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  kind?: DateKind;
  /** where the pickers open while nothing is chosen yet (e.g. tomorrow, 14:00) */
  suggest?: string;
  /** the earliest date that may be chosen ("2026-03-08") */
  min?: string;
  error?: string;
  hint?: string;
  /** the element id, for scrolling to the first problem (`field-<key>`) */
  id?: string;
}

export function DateField({
  label,
  value,
  onChange,
  kind = 'date',
  suggest = '',
  min,
  error,
  hint,
  id,
}: DateFieldProps) {
  const [date, time] = splitValue(value);
  const [suggestDate, suggestTime] = splitValue(suggest);
  return (
    <View className={`field date-field${error ? ' field--error' : ''}`} id={id}>
      <Text className="field__label">{label}</Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      {process.env.TARO_ENV === 'h5' ? (
        <input
          className="date-field__native"
          type={kind === 'date' ? 'date' : 'datetime-local'}
          aria-label={label}
          value={toNative(kind, value)}
          min={min ? toNative(kind, kind === 'date' ? min : `${min} 00:00`) : undefined}
          onChange={(e) => onChange(fromNative(kind, e.currentTarget.value))}
        />
      ) : (
        <View className="date-field__row">
          <Picker
            mode="date"
            value={date || suggestDate}
            start={min}
            onChange={(e) => onChange(joinValue(kind, String(e.detail.value), time || suggestTime))}
          >
            <View className="date-field__button" aria-label={`${label}：日期`}>
              <Text>{partLabel('date', date)}</Text>
            </View>
          </Picker>
          {kind === 'datetime' ? (
            <Picker
              mode="time"
              value={time || suggestTime || '09:00'}
              onChange={(e) =>
                onChange(joinValue(kind, date || suggestDate, String(e.detail.value)))
              }
            >
              <View className="date-field__button" aria-label={`${label}：时间`}>
                <Text>{partLabel('time', time)}</Text>
              </View>
            </Picker>
          ) : null}
        </View>
      )}
      {error ? <Text className="field__error">{error}</Text> : null}
    </View>
  );
}

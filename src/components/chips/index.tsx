// A row of big choice chips (filters, one-of or several-of choices): each ≥ 48 px tall, 18 px text,
// the chosen one marked with ✓ as well as colour, announced as a radio or checkbox.
import { Text, View } from '@tarojs/components';
import { chipText, isOn, toggled, type ChipOption, type ChipValue } from './chips';
import './index.scss';

export type { ChipOption } from './chips';
export { chipText, isOn, toggled } from './chips';

interface Common<T extends string> {
  options: readonly ChipOption<T>[];
  /** what the row chooses, for screen readers ("状态") */
  label?: string;
  testId?: string;
}

export type ChipsProps<T extends string> = Common<T> &
  (
    | { multiple?: false; value: T; onChange: (value: T) => void }
    | { multiple: true; value: readonly T[]; onChange: (value: T[]) => void }
  );

export function Chips<T extends string>(props: ChipsProps<T>) {
  const { options, label, testId } = props;
  const value: ChipValue<T> = props.value;
  const pick = (v: T) => {
    if (props.multiple) props.onChange(toggled(options, props.value, v));
    else props.onChange(v);
  };
  return (
    <View
      className="chips"
      role={props.multiple ? 'group' : 'radiogroup'}
      aria-label={label}
      data-testid={testId}
    >
      {options.map((o) => {
        const on = isOn(value, o.value);
        return (
          <View
            key={o.value}
            className={`chips__chip${on ? ' chips__chip--on' : ''}`}
            role={props.multiple ? 'checkbox' : 'radio'}
            aria-checked={on}
            hoverClass="chips__chip--pressed"
            onClick={() => pick(o.value)}
          >
            <Text>{chipText(o.label, on)}</Text>
          </View>
        );
      })}
    </View>
  );
}

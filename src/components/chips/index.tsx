// A row of big choice chips (filters, one-of or several-of choices): each ≥ 48 px tall, 18 px text,
// the chosen one marked with ✓ as well as colour, announced as a radio or checkbox.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
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

/** One chip, for rows whose on-ness is not a plain value (use Chips when it is). */
export function Chip({
  label,
  on,
  onClick,
  multiple,
  testId,
}: {
  label: string;
  on: boolean;
  onClick: () => void;
  multiple?: boolean;
  testId?: string;
}) {
  return (
    <View
      className={`chips__chip${on ? ' chips__chip--on' : ''}`}
      role={multiple ? 'checkbox' : 'radio'}
      aria-checked={on}
      hoverClass="chips__chip--pressed"
      onClick={onClick}
      data-testid={testId}
    >
      <Text>{chipText(label, on)}</Text>
    </View>
  );
}

/** The row around Chip elements. */
export function ChipRow({
  label,
  multiple,
  testId,
  children,
}: {
  label?: string;
  multiple?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <View
      className="chips"
      role={multiple ? 'group' : 'radiogroup'}
      aria-label={label}
      data-testid={testId}
    >
      {children}
    </View>
  );
}

export function Chips<T extends string>(props: ChipsProps<T>) {
  const { options, label, testId } = props;
  const value: ChipValue<T> = props.value;
  const pick = (v: T) => {
    if (props.multiple) props.onChange(toggled(options, props.value, v));
    else props.onChange(v);
  };
  return (
    <ChipRow label={label} multiple={props.multiple} testId={testId}>
      {options.map((o) => (
        <Chip
          key={o.value}
          label={o.label}
          on={isOn(value, o.value)}
          multiple={props.multiple}
          onClick={() => pick(o.value)}
        />
      ))}
    </ChipRow>
  );
}

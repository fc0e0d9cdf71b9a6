// Small pieces the care pages share: a card, a status tag, choice chips, a text box, a bar.
import { Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { CaseStatus } from '../../../../domain/care/model';
import { statusTone } from '../money';
import './care.scss';

export function Card({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <View className="care-card">
      {title ? <Text className="care-card__title">{title}</Text> : null}
      {children}
    </View>
  );
}

export function StatusTag({ status, label }: { status: CaseStatus; label: string }) {
  return <Text className={`care-tag care-tag--${statusTone(status)}`}>{label}</Text>;
}

export function Chips<T extends string>({
  options,
  value,
  onChange,
}: {
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (v: T) => void;
}) {
  return (
    <View className="care-chips">
      {options.map((o) => (
        <View
          key={o.value}
          className={`care-chip${value === o.value ? ' care-chip--on' : ''}`}
          onClick={() => onChange(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  );
}

export function TextBox({
  label,
  hint,
  value,
  onInput,
  placeholder,
  maxlength = 2000,
}: {
  label: string;
  hint?: string;
  value: string;
  onInput: (v: string) => void;
  placeholder?: string;
  maxlength?: number;
}) {
  return (
    <View>
      <Text className="care-label">{label}</Text>
      {hint ? <Text className="care-hint">{hint}</Text> : null}
      <Textarea
        className="care-textarea"
        nativeProps={{ 'aria-label': label }}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onInput(e.detail.value)}
      />
    </View>
  );
}

/** A labelled horizontal bar: used / of, for budgets and totals. */
export function Bar({
  label,
  value,
  of,
  text,
}: {
  label: string;
  value: number;
  of: number;
  text: string;
}) {
  const pct = of > 0 ? Math.min(100, Math.round((value / of) * 100)) : 0;
  return (
    <View className="care-bar">
      <Text className="care-text">
        {label}：{text}
      </Text>
      <View className="care-bar__track">
        <View className="care-bar__fill" style={{ width: `${pct}%` }} />
      </View>
    </View>
  );
}

// Small pieces the proposals pages share: a status tag, choice chips, a text box with a counter,
// a bar chart, a section card and a proposal row.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ProposalSummary } from '../../../../domain/proposals/contract';
import { KIND_LABELS, type ProposalStatus } from '../../../../domain/proposals/model';
import { go } from '../../../services/nav';
import { statusText, statusTone, type Bar } from '../board';
import './proposals.scss';
import { pages } from '../../../../domain/pages';
import { Chip, ChipRow, isOn } from '../../../components/chips';
import { TextArea } from '../../../components/text-area';

export function StatusTag({ p }: { p: Pick<ProposalSummary, 'status' | 'kind' | 'round'> }) {
  return (
    <Text className={`pp-tag pp-tag--${statusTone(p.status as ProposalStatus)}`}>
      {statusText(p)}
    </Text>
  );
}

/** A chip row whose parent toggles (value may be several): the kit's Chip in its row. */
export function Chips<T extends string>({
  options,
  value,
  onChange,
  label,
}: {
  options: readonly { value: T; label: string }[];
  value: T | readonly T[];
  onChange: (v: T) => void;
  label?: string;
}) {
  const multiple = Array.isArray(value);
  return (
    <ChipRow label={label} multiple={multiple}>
      {options.map((o) => (
        <Chip
          key={o.value}
          label={o.label}
          on={isOn(value, o.value)}
          multiple={multiple}
          onClick={() => onChange(o.value)}
        />
      ))}
    </ChipRow>
  );
}

export function TextBox({
  label,
  hint,
  value,
  onInput,
  counter,
  error,
  placeholder,
  maxlength = 3000,
  name,
}: {
  label: string;
  hint?: string;
  value: string;
  onInput: (v: string) => void;
  counter?: string;
  error?: string;
  placeholder?: string;
  maxlength?: number;
  name?: string;
}) {
  return (
    <TextArea
      label={label}
      hint={hint}
      value={value}
      name={name}
      maxlength={maxlength}
      counter={counter ?? ''}
      placeholder={placeholder}
      error={error}
      rows={5}
      onInput={onInput}
    />
  );
}

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  if (bars.length === 0) return null;
  return (
    <View className="pp-chart">
      <Text className="pp-chart__title">{title}</Text>
      {bars.map((b) => (
        <View key={b.key} className="pp-chart__row">
          <Text className="pp-chart__label">{b.label}</Text>
          <View className="pp-chart__track">
            <View
              className="pp-chart__bar"
              style={{ width: `${Math.max(b.percent, b.count ? 4 : 0)}%` }}
            />
          </View>
          <Text className="pp-chart__count">{b.count}</Text>
        </View>
      ))}
    </View>
  );
}

export function Card({
  title,
  children,
  tone,
}: {
  title?: string;
  children: ReactNode;
  tone?: 'warn' | 'plain';
}) {
  return (
    <View className={`pp-card${tone === 'warn' ? ' pp-card--warn' : ''}`}>
      {title ? <Text className="pp-card__title">{title}</Text> : null}
      {children}
    </View>
  );
}

export function ProposalRow({ p }: { p: ProposalSummary }) {
  return (
    <View
      className={`pp-row${p.overdue ? ' pp-row--overdue' : ''}`}
      hoverClass="pp-row--pressed"
      onClick={() => go(pages.proposals.detail({ id: p.id }))}
    >
      <View className="pp-row__top">
        <Text className="pp-row__no">{p.no ? `第${p.no}号` : KIND_LABELS[p.kind]}</Text>
        <StatusTag p={p} />
      </View>
      <Text className="pp-row__title">{p.title}</Text>
      <Text className="pp-row__meta">
        {KIND_LABELS[p.kind]} · {p.category} · 提案人{' '}
        {[p.proposer, ...p.coProposers].map((x) => x.name).join('、')}
        {p.departments.length ? ` · ${p.departments.map((d) => d.name).join('、')}` : ''}
      </Text>
      {p.overdue ? (
        <Text className="pp-row__overdue">已超过答复期限（{p.dueOn}），请承办部门尽快答复</Text>
      ) : null}
    </View>
  );
}

// The one card: a white panel with an optional title and lines, tappable when it leads somewhere
// (then it is a ≥ 48 px button with a chevron), quieter or warning tones for notes.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cardClass, type CardTone } from './card';
import './index.scss';

export type { CardTone } from './card';

export interface CardProps {
  title?: string;
  /** short lines under the title, each its own line */
  lines?: readonly (string | null | undefined | false)[];
  children?: ReactNode;
  tone?: CardTone;
  onClick?: () => void;
  testId?: string;
}

export function Card({ title, lines, children, tone = 'plain', onClick, testId }: CardProps) {
  return (
    <View
      className={cardClass(tone, Boolean(onClick))}
      role={onClick ? 'button' : undefined}
      hoverClass={onClick ? 'card--pressed' : undefined}
      onClick={onClick}
      data-testid={testId}
    >
      {title ? <Text className="card__title">{title}</Text> : null}
      {(lines ?? []).filter(Boolean).map((l, i) => (
        <Text key={i} className="card__line">
          {l}
        </Text>
      ))}
      {children}
    </View>
  );
}

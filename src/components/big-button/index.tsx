// The one big button: a tap target at least 96 design px tall, in union red (or quieter variants).
import { Button, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

export interface BigButtonProps {
  children: ReactNode;
  onClick?: () => void;
  /** primary: red, for the one main thing on a screen; secondary: outlined; plain: text-like */
  kind?: 'primary' | 'secondary' | 'plain';
  disabled?: boolean;
  /** shows a spinner and ignores taps (our own: Taro h5's Button `loading` breaks when the
   * label changes at the same time) */
  loading?: boolean;
  formType?: 'submit';
}

export function BigButton({
  children,
  onClick,
  kind = 'primary',
  disabled,
  loading,
  formType,
}: BigButtonProps) {
  return (
    <Button
      className={`big-button big-button--${kind}${disabled || loading ? ' big-button--off' : ''}`}
      disabled={disabled}
      formType={formType}
      hoverClass="big-button--pressed"
      onClick={() => {
        if (!disabled && !loading) onClick?.();
      }}
    >
      {loading ? <View className="big-button__spinner" /> : null}
      {children}
    </Button>
  );
}

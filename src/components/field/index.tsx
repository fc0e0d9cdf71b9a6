// A labelled form field (the label tied to the input for screen readers) with its problem, if
// any, right under it in plain words.
import { Input, Text, View } from '@tarojs/components';
import './index.scss';

export interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  placeholder?: string;
  error?: string;
  type?: 'text' | 'number' | 'idcard';
  maxlength?: number;
  /** a short line under the label */
  hint?: string;
  /** the element id, for scrolling to the first problem (`fieldId(key)`) */
  id?: string;
}

export function Field({
  label,
  value,
  onInput,
  onBlur,
  placeholder,
  error,
  type = 'text',
  maxlength,
  hint,
  id,
}: FieldProps) {
  return (
    <View className={`field${error ? ' field--error' : ''}`} id={id}>
      <Text className="field__label">{label}</Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      <Input
        className="field__input"
        value={value}
        type={type}
        maxlength={maxlength}
        placeholder={placeholder}
        placeholderClass="field__placeholder"
        nativeProps={{ 'aria-label': label }}
        onInput={(e) => onInput(e.detail.value)}
        onBlur={() => onBlur?.()}
      />
      {error ? <Text className="field__error">{error}</Text> : null}
    </View>
  );
}

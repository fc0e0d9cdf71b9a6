// A labelled multi-line text box: the real textarea fills its whole box (tapping anywhere types),
// 18 px text, no resize grip, the label tied to it for screen readers, a counter and the problem
// under it in plain words.
import { Text, Textarea, View } from '@tarojs/components';
import { counterText } from './counter';
import './index.scss';

export { charCount, counterText } from './counter';

export interface TextAreaProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  hint?: string;
  placeholder?: string;
  error?: string;
  /** a limit shows a counter ("120 / 500 字") */
  maxlength?: number;
  /** a counter of the caller's own ("还差 20 字") instead */
  counter?: string;
  /** box height in lines (at least 3) */
  rows?: number;
  name?: string;
  testId?: string;
  /** the element id, for scrolling to the first problem (`fieldId(key)`) */
  id?: string;
}

export function TextArea({
  label,
  value,
  onInput,
  onBlur,
  hint,
  placeholder,
  error,
  maxlength,
  counter: ownCounter,
  rows = 4,
  name,
  testId,
  id,
}: TextAreaProps) {
  const counter = ownCounter ?? counterText(value, maxlength);
  const lines = Math.max(3, rows);
  return (
    <View className={`text-area${error ? ' text-area--error' : ''}`} data-testid={testId} id={id}>
      <Text className="text-area__label">{label}</Text>
      {hint ? <Text className="text-area__hint">{hint}</Text> : null}
      <Textarea
        className="text-area__box"
        style={{ height: `${lines * 1.6 + 1.4}em` }}
        value={value}
        name={name}
        maxlength={maxlength ?? -1}
        placeholder={placeholder}
        placeholderClass="text-area__placeholder"
        nativeProps={{ 'aria-label': label, rows: lines }}
        onInput={(e) => onInput(e.detail.value)}
        onBlur={() => onBlur?.()}
      />
      {counter ? <Text className="text-area__counter">{counter}</Text> : null}
      {error ? <Text className="text-area__error">{error}</Text> : null}
    </View>
  );
}

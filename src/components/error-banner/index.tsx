// What went wrong, in the server's plain Chinese, and always a way forward: 去绑定 for unbound
// people, the page that resolves it, 再试一次, or the union office's contact.
import { Text, View } from '@tarojs/components';
import { go } from '../../services/nav';
import { BigButton } from '../big-button';
import { OfficeContact } from '../office-contact';
import { nextStepFor, type ErrorLike } from './next-step';
import './index.scss';

export type { ErrorLike } from './next-step';
export { nextStepFor } from './next-step';

export interface ErrorBannerProps {
  error: ErrorLike | null;
  /** shown as "再试一次" when given */
  onRetry?: () => void;
}

export function ErrorBanner({ error, onRetry }: ErrorBannerProps) {
  if (!error) return null;
  const next = nextStepFor(error, Boolean(onRetry));
  return (
    <View className="error-banner" role="alert">
      <Text className="error-banner__title">{next.title}</Text>
      <Text className="error-banner__message">{error.message}</Text>
      {next.kind === 'go' ? (
        <View className="error-banner__action">
          <BigButton onClick={() => go(next.url)}>{next.label}</BigButton>
        </View>
      ) : null}
      {next.kind === 'retry' ? (
        <View className="error-banner__action">
          <BigButton kind="secondary" onClick={onRetry}>
            {next.label}
          </BigButton>
        </View>
      ) : null}
      {next.kind === 'office' || (next.kind === 'retry' && next.office) ? <OfficeContact /> : null}
    </View>
  );
}

// The bind page's content: the form, or a note when this WeChat is bound already.
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useMe } from '../use-me';
import { BindForm } from './bind-form';
import { BoundAlready } from './bound-already';

export function BindView() {
  const { me, loading, error, refresh } = useMe();
  if (loading) return <LoadingState />;
  if (me) return <BoundAlready me={me} />;
  return (
    <>
      {error ? <ErrorBanner error={error} onRetry={() => void refresh()} /> : null}
      <BindForm />
    </>
  );
}

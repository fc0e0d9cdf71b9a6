// On the bind page for someone already bound: says so and leads back to 我的.
import type { BoundMe } from '../../../../domain/account/contract';
import { EmptyState } from '../../../components/empty-state';
import { go } from '../../../services/nav';
import { pages } from '../../../../domain/pages';

export function BoundAlready({ me }: { me: BoundMe }) {
  return (
    <EmptyState
      title="你已经绑定好了"
      hint={`你的微信已绑定工号 ${me.staffNo}（${me.name}）。如需更换，请联系校工会解绑。`}
      action={{ label: '去看我的信息', onClick: () => go(pages.tabs.me()) }}
    />
  );
}

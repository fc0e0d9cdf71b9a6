// 福利发放管理 (admins): the batches with their state, a way into each one's progress, and a form
// to start a new batch with a summary to confirm before it is published. The view holds the
// PageShell: the list, the form and the summary each have their own title.
import { WelfareAdmin } from '../../../../features/welfare/components/welfare-admin';

export default function WelfareAdminPage() {
  return <WelfareAdmin />;
}

// h5 only (declared in app.config for h5 builds): pick who to act as on the local cloud.
import { PageShell } from '../../components/page-shell';
import { DevLogin } from '../../features/dev-login/components/dev-login';

export default function DevLoginPage() {
  return (
    <PageShell title="切换身份（开发）" hint="本地开发用：点一位演示账号，就以他的身份使用。">
      <DevLogin />
    </PageShell>
  );
}

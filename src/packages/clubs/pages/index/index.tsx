// 社团 (clubs subpackage): every club, searchable; tap one to see it and join.
import { PageShell } from '../../../../components/page-shell';
import { ClubList } from '../../../../features/clubs/components/club-list';

export default function ClubsIndexPage() {
  return (
    <PageShell title="社团" hint="找到感兴趣的协会，点进去就能加入。">
      <ClubList />
    </PageShell>
  );
}

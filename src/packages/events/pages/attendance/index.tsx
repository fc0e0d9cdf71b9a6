// Organizers: who signed up, who came, and the export.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { AttendanceView } from '../../../../features/events/components/attendance-view';

export default function AttendancePage() {
  const { params } = useRouter();
  return (
    <PageShell title="报名名单" hint="查看报名和签到情况，可以导出 Excel。">
      <AttendanceView eventId={params.id ?? ''} />
    </PageShell>
  );
}

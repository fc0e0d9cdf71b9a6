// After a mixer (联谊): privately mark people to meet again; only mutual matches are shown.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { MixerMarks } from '../../../../features/clubs/components/mixer';

export default function MixerPage() {
  const { params } = useRouter();
  return (
    <PageShell title="联谊之后" hint="悄悄标记想再见面的人。只有双方互相标记，才会看到对方的名字。">
      <MixerMarks eventId={params.eventId ?? ''} />
    </PageShell>
  );
}

// 打印提案: the proposal form for printing.
import { useRouter } from '@tarojs/taro';
import { PrintView } from '../../../../features/proposals/components/print-view';

export default function PrintProposalPage() {
  const { params } = useRouter();
  return <PrintView id={params.id ?? ''} />;
}

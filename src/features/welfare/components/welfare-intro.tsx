// 福利 tab until welfare claims are built: says honestly what will be here.
import { EmptyState } from '../../../components/empty-state';

export function WelfareIntro() {
  return (
    <EmptyState
      title="福利领取即将开放"
      hint="每次发放节日福利时，你可以在这里从几种礼包中选一份，领取时出示领取码。"
    />
  );
}

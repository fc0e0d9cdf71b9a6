// What 我的 (main package) shows of clubs: my clubs, typed by the contract's type only (no schemas
// shipped; see mainCaller), and the membership labels.
import type { ClubsContract } from '../../../domain/clubs/contract';
import { mainCaller } from '../../services/cloud';

/** The clubs function without output parsing: for the main package only. */
export const clubs = mainCaller<ClubsContract>();

export const STATUS_LABELS: Record<string, string> = {
  member: '已加入',
  pending: '等待负责人审核',
  declined: '申请未通过',
  removed: '已被移出',
  left: '已退出',
  joining: '处理中',
};

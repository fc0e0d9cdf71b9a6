// 首页 "我的近期", typed: one call to account.home. Main package: typed by the contract's type
// only (no schemas shipped; see mainCaller).
import type { accountContract } from '../../../domain/account/contract';
import type { HomeOutput } from '../../../domain/home/contract';
import { mainCaller } from '../../services/cloud';

const account = mainCaller<typeof accountContract>();

export function getHome(): Promise<HomeOutput> {
  return account('account.home', {});
}

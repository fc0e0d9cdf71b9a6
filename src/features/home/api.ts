// 首页 "我的近期", typed: one call to account.home.
import { accountContract } from '../../../domain/account/contract';
import type { HomeOutput } from '../../../domain/home/contract';
import { call } from '../../services/cloud';

export function getHome(): Promise<HomeOutput> {
  return call(accountContract, 'account.home', {});
}

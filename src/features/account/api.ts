// The account function, typed: who am I, and binding my WeChat to my roster entry. Main package:
// typed by the contract's type only (no schemas shipped; see mainCaller).
import type { z } from 'zod';
import type { accountContract, bindInput, Me } from '../../../domain/account/contract';
import { mainCaller } from '../../services/cloud';

export type BindInput = z.input<typeof bindInput>;

const account = mainCaller<typeof accountContract>();

export function getMe(): Promise<Me> {
  return account('account.me', {});
}

export function bind(input: BindInput): Promise<Me> {
  return account('account.bind', input);
}

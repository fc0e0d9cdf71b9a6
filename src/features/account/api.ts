// The account function, typed: who am I, and binding my WeChat to my roster entry.
import type { z } from 'zod';
import { accountContract, type bindInput, type Me } from '../../../domain/account/contract';
import { call } from '../../services/cloud';

export type BindInput = z.input<typeof bindInput>;

export function getMe(): Promise<Me> {
  return call(accountContract, 'account.me', {});
}

export function bind(input: BindInput): Promise<Me> {
  return call(accountContract, 'account.bind', input);
}

// How a feature declares its actions once: input and output schemas, keyed by action name.
// Functions validate input with it at the edge; the app derives its typed client from it.
import { z } from 'zod';
// every schema the app or a function parses comes through a contract: settings before any parse
import './zod-setup';

export interface ActionContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export type Contract = Record<string, ActionContract>;

export type InputOf<C extends Contract, A extends keyof C> = z.input<C[A]['input']>;
export type ParsedInputOf<C extends Contract, A extends keyof C> = z.output<C[A]['input']>;
export type OutputOf<C extends Contract, A extends keyof C> = z.output<C[A]['output']>;

/** Declares a contract while keeping each action's exact schema types. */
export function defineContract<C extends Contract>(contract: C): C {
  return contract;
}

export { functionOf } from './action';

/** An ISO-8601 instant as it crosses the wire. */
export const isoInstant = z.iso.datetime({ offset: true, message: '时间格式不对' });

/** A Beijing calendar day, YYYY-MM-DD. */
export const ymd = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 YYYY-MM-DD');

/** A document id or other opaque id string. */
export const id = z.string().trim().min(1, '缺少编号').max(128, '编号太长');

export const empty = z.object({});

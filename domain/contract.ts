// How a feature declares its actions once: input and output schemas, keyed by action name.
// Functions validate input with it at the edge; the app derives its typed client from it.
import { z } from 'zod';
// every schema the app or a function parses comes through a contract: settings before any parse
import { labelOf } from './zod-setup';

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

/** Instants a union event, batch or deadline can sensibly have (no 0001-01-01, no 9999-12-31). */
export const INSTANT_RANGE = { from: '2020-01-01T00:00:00+08:00', to: '2100-01-01T00:00:00+08:00' };
const instantFrom = Date.parse(INSTANT_RANGE.from);
const instantTo = Date.parse(INSTANT_RANGE.to);

/** An ISO-8601 instant as it crosses the wire, within INSTANT_RANGE. */
export const isoInstant = z.iso
  .datetime({ offset: true, error: (iss) => `${labelOf(iss)}的时间格式不对` })
  .refine(
    (v) => {
      const ms = Date.parse(v);
      return ms >= instantFrom && ms < instantTo;
    },
    { error: (iss) => `${labelOf(iss)}应在 2020 年到 2099 年之间，请检查年份` },
  );

/** Calendar days people mean, birthdays included: 1900 to 2099. */
const YMD_FROM = 1900;
const YMD_TO = 2099;

/** A Beijing calendar day, YYYY-MM-DD (1900–2099). */
export const ymd = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 YYYY-MM-DD')
  .refine(
    (v) => {
      const year = Number(v.slice(0, 4));
      return year >= YMD_FROM && year <= YMD_TO;
    },
    { error: (iss) => `${labelOf(iss)}应在 ${YMD_FROM} 年到 ${YMD_TO} 年之间，请检查年份` },
  );

/** A document id or other opaque id string. */
export const id = z.string().trim().min(1, '缺少编号').max(128, '编号太长');

export const empty = z.object({});

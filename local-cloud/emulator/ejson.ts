// Extended JSON as the SDK speaks it: parse the canonical/relaxed forms it sends (plus CloudBase's
// {"$tcb_server_date":{"offset":n}}), and write documents back as relaxed EJSON.
import { CloudError, invalidParam } from './errors';
import { ObjectIdValue, type Value } from './values';

class EjsonError extends Error {}

const INT = /^-?\d+$/;
const DOUBLE = /^(-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|-?Infinity|NaN)$/;
const OID = /^[0-9a-fA-F]{24}$/;
const UNSUPPORTED = new Set([
  '$numberDecimal',
  '$binary',
  '$timestamp',
  '$minKey',
  '$maxKey',
  '$undefined',
  '$symbol',
  '$code',
  '$dbPointer',
  '$uuid',
]);
/** MongoDB regex options JS can honour; `x` (extended) and `l` (locale) it cannot. */
const REGEX_OPTIONS = /^[imsu]*$/;

function typeWrapper(obj: Record<string, unknown>, key: string, now: number): unknown {
  const v = obj[key];
  switch (key) {
    case '$numberInt': {
      if (typeof v !== 'string' || !INT.test(v))
        throw new EjsonError(`bad $numberInt ${JSON.stringify(v)}`);
      const n = Number(v);
      if (n > 2147483647 || n < -2147483648) throw new EjsonError(`$numberInt out of range: ${v}`);
      return n;
    }
    case '$numberLong':
      if (typeof v !== 'string' || !INT.test(v))
        throw new EjsonError(`bad $numberLong ${JSON.stringify(v)}`);
      return Number(v);
    case '$numberDouble':
      if (typeof v !== 'string' || !DOUBLE.test(v))
        throw new EjsonError(`bad $numberDouble ${JSON.stringify(v)}`);
      return Number(v);
    case '$date': {
      // {"$date":{"$numberLong":"…"}} arrives here with the inner wrapper already revived to a number
      const d = typeof v === 'number' ? new Date(v) : typeof v === 'string' ? new Date(v) : null;
      if (!d || Number.isNaN(d.getTime())) throw new EjsonError(`bad $date ${JSON.stringify(v)}`);
      return d;
    }
    case '$oid':
      if (typeof v !== 'string' || !OID.test(v))
        throw new EjsonError(`bad $oid ${JSON.stringify(v)}`);
      return new ObjectIdValue(v.toLowerCase());
    case '$regularExpression': {
      const r = v as { pattern?: unknown; options?: unknown } | null;
      if (
        !r ||
        typeof r !== 'object' ||
        typeof r.pattern !== 'string' ||
        typeof (r.options ?? '') !== 'string'
      ) {
        throw new EjsonError('bad $regularExpression');
      }
      const options = (r.options ?? '') as string;
      if (!REGEX_OPTIONS.test(options))
        throw new EjsonError(`unsupported regular expression options "${options}"`);
      try {
        return new RegExp(r.pattern, options);
      } catch (e) {
        throw new EjsonError(`bad regular expression: ${(e as Error).message}`);
      }
    }
    case '$tcb_server_date': {
      const o = v as { offset?: unknown } | null;
      const offset = o && typeof o === 'object' ? (o.offset ?? 0) : undefined;
      if (typeof offset !== 'number' || !Number.isFinite(offset))
        throw new EjsonError('bad $tcb_server_date');
      return new Date(now + offset);
    }
    default:
      if (UNSUPPORTED.has(key)) throw new EjsonError(`the EJSON type ${key} is not supported`);
      return obj;
  }
}

/**
 * Parses one EJSON text. `now` is the request's server time, used for every db.serverDate() in it.
 * Throws a CloudError (INVALID_PARAM) naming `field` when the text is not valid EJSON.
 */
export function parseEjson(text: unknown, field: string, now: number): Value {
  if (typeof text !== 'string') throw invalidParam(`${field} must be an EJSON string`);
  try {
    return JSON.parse(text, function revive(key: string, value: unknown): unknown {
      // JSON.parse makes "__proto__" an own key; copying such an object would set its prototype
      if (key === '__proto__') throw new EjsonError('the field name __proto__ is not allowed');
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const obj = value as Record<string, unknown>;
      let only: string | undefined;
      for (const k in obj) {
        if (only !== undefined) return value; // two or more keys: not a type wrapper
        only = k;
      }
      return only !== undefined && only.charCodeAt(0) === 36 /* $ */
        ? typeWrapper(obj, only, now)
        : value;
    }) as Value;
  } catch (e) {
    if (e instanceof CloudError) throw e;
    throw invalidParam(`${field} is not valid EJSON: ${(e as Error).message}`);
  }
}

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const orig = this[key];
  if (orig instanceof Date) return { $date: { $numberLong: String(orig.getTime()) } };
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return Object.is(value, -0) ? { $numberDouble: '-0.0' } : value;
    return { $numberDouble: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' };
  }
  if (orig instanceof RegExp) {
    return {
      $regularExpression: { pattern: orig.source, options: orig.flags.split('').sort().join('') },
    };
  }
  if (orig instanceof ObjectIdValue) return { $oid: orig.hex };
  return value;
}

/** Relaxed EJSON text of a value (what the SDK's EJSON.parse reads back into the same value). */
export function stringifyEjson(value: Value): string {
  return JSON.stringify(value, replacer);
}

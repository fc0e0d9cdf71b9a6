// Function configuration read from the environment (CloudBase function env variables in
// production; set by the local cloud locally). Secrets never appear in code or logs, and a secret
// that is missing, empty, a leftover placeholder or too short is never used: the call fails closed.
import { INTERNAL_MESSAGE } from '../../domain/errors';

/** A secret must carry at least this many bytes (256 bits for an HMAC key). */
export const SECRET_MIN_BYTES = 32;

/** Why a value cannot serve as a secret, in plain Chinese; null when it can. */
export function secretProblem(value: string | undefined): string | null {
  if (value === undefined) return '没有设置';
  if (value.trim() === '') return '是空的';
  if (/\{\{.*\}\}|^\$\{.*\}$|^<.*>$|changeme|placeholder/i.test(value))
    return '还是占位符，没有换成真正的值';
  if (Buffer.byteLength(value, 'utf8') < SECRET_MIN_BYTES)
    return `太短（至少 ${SECRET_MIN_BYTES} 字节，可用 openssl rand -hex 32 生成）`;
  return null;
}

/** Why a required non-secret value (a template id …) is unusable; null when it is fine. */
export function requiredProblem(value: string | undefined): string | null {
  if (value === undefined) return '没有设置';
  if (value.trim() === '') return '是空的';
  if (/\{\{.*\}\}/.test(value)) return '还是占位符，没有换成真正的值';
  return null;
}

/**
 * A setting the function cannot work without is unusable. The kit logs the setting's NAME (never
 * its value) and answers the person with `message` — what they see instead of the feature.
 */
export class MisconfiguredError extends Error {
  constructor(
    readonly setting: string,
    readonly problem: string,
    readonly userMessage: string = INTERNAL_MESSAGE,
  ) {
    super(`function setting ${setting} ${problem}`);
    this.name = 'MisconfiguredError';
  }
}

/** A secret from the environment, or a MisconfiguredError (fail closed, never a weak key). */
export function secret(name: string, userMessage?: string): string {
  const value = process.env[name];
  const problem = secretProblem(value);
  if (problem) throw new MisconfiguredError(name, problem, userMessage);
  return value as string;
}

export function setting(name: string, fallback: string): string {
  return process.env[name] ?? fallback;
}

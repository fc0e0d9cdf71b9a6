// Function configuration read from the environment (CloudBase function env variables in
// production; set by the local cloud locally). Secrets never appear in code or logs.
import { VisibleError, INTERNAL_MESSAGE } from '../../domain/errors';

export function secret(name: string): string {
  const value = process.env[name];
  if (!value || value.length < 16) {
    // a misconfigured deployment must fail loudly, not sign with a weak or empty key
    throw new VisibleError('internal', INTERNAL_MESSAGE);
  }
  return value;
}

export function setting(name: string, fallback: string): string {
  return process.env[name] ?? fallback;
}

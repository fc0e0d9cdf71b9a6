// Identifiers the emulator makes up: document ids shaped like CloudBase's (32 hex characters) and
// request ids.
import { randomBytes } from 'node:crypto';

let counter = randomBytes(3).readUIntBE(0, 3);
const machine = randomBytes(4).toString('hex');

/** A new document `_id`: 32 hex chars (random, time, counter, random), unique in practice. */
export function newDocId(): string {
  counter = (counter + 1) % 0x1000000;
  const time = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  return `${machine}${time}${counter.toString(16).padStart(6, '0')}${randomBytes(5).toString('hex')}`;
}

let requests = 0;
const instance = randomBytes(4).toString('hex');

export function newRequestId(): string {
  requests = (requests + 1) % 1e9;
  return `${Date.now()}_${requests}_${instance}`;
}

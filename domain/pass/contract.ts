// What every rotating pass answers its holder (event, trip, check-up): the QR token, the typed
// code, when it expires, and the server's clock at issue — so a phone whose clock is off still
// counts down to the server's window and asks for the next pass at the right moment.
import { z } from 'zod';
import { isoInstant } from '../contract';

export const rotatingPass = z.object({
  token: z.string(),
  code: z.string(),
  expiresAt: isoInstant,
  serverNow: isoInstant,
});
export type RotatingPass = z.infer<typeof rotatingPass>;

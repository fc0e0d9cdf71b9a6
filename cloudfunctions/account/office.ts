// The union office's contact: anyone reads it (bound or not); an admin sets it, audited.
import type { z } from 'zod';
import type { officeInfo, OfficeOutput } from '../../domain/account/office-contract';
import { UNION_OFFICE } from '../../domain/office';
import { audit, type CallContext } from '../_kit';
import { getOffice, setOffice } from './settings-repo';

export async function readOffice(_input: unknown, ctx: CallContext): Promise<OfficeOutput> {
  const set = await getOffice(ctx.db);
  return set ? { ...set, configured: true } : { ...UNION_OFFICE, configured: false };
}

export async function writeOffice(
  input: z.output<typeof officeInfo>,
  ctx: CallContext,
): Promise<OfficeOutput> {
  await setOffice(ctx.db, input, ctx.me().staffNo, ctx.now);
  await audit(ctx, { target: 'settings:office', outcome: 'ok' });
  return { ...input, configured: true };
}

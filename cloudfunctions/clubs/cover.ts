// A club's cover picture: put, replaced or removed by that club's leader or an admin; shown on the
// club list and the club page.
import type { z } from 'zod';
import type { setCoverInput } from '../../domain/clubs/contract';
import { audit, swapImage, tempUrl, type CallContext } from '../_kit';
import { patchClubIf } from './clubs-repo';
import { requireClub, requireLeader } from './membership';

export async function setCover(input: z.output<typeof setCoverInput>, ctx: CallContext) {
  requireLeader(ctx, input.clubId);
  const club = await requireClub(ctx, input.clubId);
  const _ = ctx.db.command;
  const current = club.coverFileId;
  const fileId = await swapImage({
    base64: input.imageBase64,
    label: '社团封面',
    folder: `clubs/${club._id}/cover`,
    current,
    save: async (next) =>
      (await patchClubIf(
        ctx.db,
        { _id: club._id, coverFileId: current ?? _.exists(false) },
        next
          ? { coverFileId: next, coverBy: ctx.me().staffNo }
          : { coverFileId: _.remove(), coverBy: _.remove() },
      )) === 1,
  });
  await audit(ctx, { target: club._id, outcome: fileId ? 'cover_set' : 'cover_removed' });
  return { coverUrl: (await tempUrl(fileId)) ?? null };
}

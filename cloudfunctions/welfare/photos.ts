// Gift photos: an admin puts, replaces or removes the photo of one gift (礼包) of a batch; the 福利
// tab shows it on the gift's choice card.
import { VisibleError } from '../../domain/errors';
import { audit, swapImage, tempUrl, type CallContext } from '../_kit';
import { getBatch, patchBatchIf } from './batch-repo';

export async function setOptionPhoto(
  input: { batchId: string; optionId: string; imageBase64: string | null },
  ctx: CallContext,
) {
  const batch = await getBatch(ctx.db, input.batchId);
  if (!batch) throw new VisibleError('welfare.not_found', '没有找到这次福利发放。');
  const option = batch.options.find((o) => o.id === input.optionId);
  if (!option) throw new VisibleError('welfare.no_option', '这次福利没有这个礼包，请刷新后再试。');
  const _ = ctx.db.command;
  const key = `photos.${option.id}`;
  const current = Object.hasOwn(batch.photos, option.id) ? batch.photos[option.id].fileId : null;
  const fileId = await swapImage({
    base64: input.imageBase64,
    label: '礼包照片',
    folder: `welfare/${batch._id}/${option.id}`,
    current,
    save: async (next) =>
      (await patchBatchIf(
        ctx.db,
        { _id: batch._id, [`${key}.fileId`]: current ?? _.exists(false) },
        { [key]: next ? { fileId: next, by: ctx.me().staffNo } : _.remove() },
      )) === 1,
  });
  await audit(ctx, {
    target: `${batch._id}:${option.id}`,
    outcome: fileId ? 'photo_set' : 'photo_removed',
  });
  return { imageUrl: (await tempUrl(fileId)) ?? option.imageUrl };
}

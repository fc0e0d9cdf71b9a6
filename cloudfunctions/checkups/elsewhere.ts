// Check-ups arranged elsewhere: staff send the receipt by the deadline; the union reimburses up to
// their package's standard after an admin approves. The amounts are recorded, never any result.
import type { z } from 'zod';
import type { elsewhereInput, reviewElsewhereInput } from '../../domain/checkups/contract';
import { bookingIdOf, packageFor, reimbursable } from '../../domain/checkups/rules';
import { checkPhoto } from '../../domain/clubs/rules';
import { VisibleError } from '../../domain/errors';
import { beijingDateTime } from '../../domain/time';
import { audit, putImage, tempUrls, type CallContext } from '../_kit';
import { getBooking } from './booking-repo';
import { loadCampaign } from './booking';
import { getElsewhere, listElsewhere, putElsewhere, reviewElsewhere } from './elsewhere-repo';

export async function submitElsewhere(input: z.output<typeof elsewhereInput>, ctx: CallContext) {
  const me = ctx.me();
  const { db, now } = ctx;
  const c = await loadCampaign(db, input.campaignId);
  if (!c.elsewhereDeadline)
    throw new VisibleError('checkups.no_elsewhere', '这次体检不受理自行体检报销。');
  if (now >= c.elsewhereDeadline)
    throw new VisibleError(
      'checkups.elsewhere_closed',
      `自行体检报销已在 ${beijingDateTime(c.elsewhereDeadline)} 截止。`,
    );
  const id = bookingIdOf(c._id, me.staffNo);
  const booking = await getBooking(db, id);
  if (booking?.status === 'booked')
    throw new VisibleError(
      'checkups.has_booking',
      '你已经预约了学校安排的体检。若要自行体检报销，请先取消预约。',
    );
  const verdict = packageFor(c.packages, me, input.examDate);
  if (!verdict.ok) throw new VisibleError('checkups.no_package', verdict.reason);
  const standardFen = verdict.pkg.standardFen ?? 0;
  const bytes = Buffer.from(input.receiptBase64, 'base64');
  const photo = checkPhoto(bytes, input.receiptType);
  if (!photo.ok)
    throw new VisibleError('checkups.receipt', photo.message.replace('照片', '发票照片'));
  const receiptFileId = await putImage({ bytes, type: photo.type }, `checkups/${c._id}`);
  const ok = await putElsewhere(db, {
    _id: id,
    campaignId: c._id,
    staffNo: me.staffNo,
    name: me.name,
    branchId: me.branchId,
    hospital: input.hospital,
    examDate: input.examDate,
    amountFen: input.amountFen,
    standardFen,
    receiptFileId,
    status: 'submitted',
    approvedFen: null,
    note: '',
    submittedAt: now,
  });
  if (!ok) throw new VisibleError('checkups.approved', '你的报销已经审核通过，不能再修改。');
  return { status: 'submitted' as const, standardFen };
}

export async function listClaims(input: { campaignId: string }, ctx: CallContext) {
  const list = await listElsewhere(ctx.db, input.campaignId);
  const urls = await tempUrls(list.flatMap((d) => (d.receiptFileId ? [d.receiptFileId] : [])));
  await audit(ctx, { target: input.campaignId, outcome: 'read' });
  return {
    claims: list.map((d) => ({
      staffNo: d.staffNo,
      name: d.name,
      branchId: d.branchId,
      hospital: d.hospital,
      examDate: d.examDate,
      amountFen: d.amountFen,
      standardFen: d.standardFen,
      status: d.status,
      approvedFen: d.approvedFen,
      receiptUrl: d.receiptFileId ? (urls.get(d.receiptFileId) ?? null) : null,
    })),
  };
}

export async function review(input: z.output<typeof reviewElsewhereInput>, ctx: CallContext) {
  // four eyes: an admin's own claim is reviewed by another admin
  if (input.staffNo === ctx.me().staffNo)
    throw new VisibleError('checkups.own_claim', '自己的报销申请请由另一位管理员审核。');
  const id = bookingIdOf(input.campaignId, input.staffNo);
  const d = await getElsewhere(ctx.db, id);
  if (!d) throw new VisibleError('checkups.no_claim', '没有找到这位教职工的报销申请。');
  const status = input.approve ? ('approved' as const) : ('rejected' as const);
  const approvedFen = input.approve ? reimbursable(d.amountFen, d.standardFen) : null;
  if (d.status !== 'submitted') {
    if (d.status === status) return { status, approvedFen: d.approvedFen };
    throw new VisibleError('checkups.reviewed', '这份申请已经审核过了。');
  }
  const ok = await reviewElsewhere(
    ctx.db,
    id,
    { status, approvedFen, note: input.note },
    ctx.me().staffNo,
    ctx.now,
  );
  if (!ok) throw new VisibleError('checkups.reviewed', '这份申请刚刚被别人审核过了，请刷新。');
  await audit(ctx, { target: id, outcome: status });
  return { status, approvedFen };
}

// The only notices care sends: "你的申请有新进展" and a reminder to add documents — never the
// programme, the amount, the reason or anything about the situation (tier 3).
import type { CaseDoc } from '../../domain/care/model';
import { pages } from '../../domain/pages';
import type { Db } from '../_kit';
import { enqueueNotice } from '../notify/enqueue';

export const casePage = (caseId: string) => pages.care.case({ id: caseId });

/** To the applicant (and whoever filed for them): something changed; open the app to see. */
export async function noticeProgress(
  db: Db,
  c: CaseDoc,
  version: number,
  now: Date,
): Promise<void> {
  const to = new Set([c.staffNo, c.filedBy]);
  for (const staffNo of to)
    await enqueueNotice(
      db,
      {
        kind: 'care_update',
        subject: c._id,
        slot: `v${version}`,
        staffNo,
        title: '你的申请有新进展',
        body: '请打开小程序查看。',
        page: casePage(c._id),
        fields: {},
      },
      now,
    );
}

/** A reminder that a case still waits for its applicant (documents, or not submitted). */
export async function noticeReminder(
  db: Db,
  c: CaseDoc,
  slot: string,
  now: Date,
): Promise<boolean> {
  const res = await enqueueNotice(
    db,
    {
      kind: 'care_update',
      subject: c._id,
      slot: `remind:${slot}`,
      staffNo: c.filedAs === 'self' ? c.staffNo : c.filedBy,
      title: '你的申请还需要补充',
      body: '请打开小程序查看还缺什么。',
      page: casePage(c._id),
      fields: {},
    },
    now,
  );
  return res.created;
}

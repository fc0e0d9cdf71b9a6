// Care end to end in the h5 build: a branch chair files a hardship case for a staff member with two
// photos → the admin returns it for a missing document → the staff member adds it and resubmits →
// the admin and the welfare committee approve → the admin records payment → the 公示 shows the
// masked name. Identity switches through the dev openid in localStorage.
import { deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import type { CaseDoc } from '../domain/care/model';
import { maskName } from '../domain/care/rules';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, openAs as openPageAs, screenshot } from './browser';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

const ROOT = '/packages/care/pages';
/** A real little PNG of one colour, so the page shows a picture (checked by its bytes, too). */
function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(width * 3).map((_, i) => [r, g, b][i % 3]),
  ]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PHOTOS = [png(120, 90, [200, 120, 80]), png(120, 90, [80, 140, 200])];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF');
const COMMITTEE = '100048';

/** Taps the big button with exactly this label. */
const tap = (page: Page, label: string) =>
  page
    .locator('taro-button-core')
    .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .click();

async function upload(
  page: Page,
  chip: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  thumbs: number,
) {
  await page.locator('.care-chip', { hasText: chip }).first().click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    tap(page, '上传照片或 PDF'),
  ]);
  await chooser.setFiles(file);
  await page.waitForFunction((n) => document.querySelectorAll('.care-thumb').length >= n, thumbs);
}

it('chair files with two photos → returned for a document → added → approved twice → paid → 公示', async () => {
  const year = new Date().getFullYear();
  const { programmeId } = await t.data<{ programmeId: string }>(
    'care',
    {
      action: 'care.createProgramme',
      kind: 'hardship',
      name: '帮困送温暖',
      year,
      budget: 300_000_00,
      committeeAbove: 200_000,
      checklist: [
        {
          key: 'proof',
          label: '困难情况证明',
          required: true,
          original: true,
          where: '所在分工会',
        },
        { key: 'photo', label: '家庭情况照片', required: false },
      ],
    },
    'dev-admin',
  );
  await t.db
    .collection(COLLECTIONS.staff)
    .doc(COMMITTEE)
    .update({ roles: t.db.command.set([{ role: 'care_committee' }]) });
  // a bound member of b06 with a three-character name, as the union's 张*芳
  const res = await t.db
    .collection(COLLECTIONS.staff)
    .where({ branchId: 'b06', member: true, active: true, status: '在职' })
    .limit(100)
    .get();
  const person = (res.data as { staffNo: string; name: string; openid?: string }[]).find(
    (s) => s.openid === `dev-${s.staffNo}` && [...s.name].length === 3 && s.staffNo !== '100003',
  );
  expect(person).toBeDefined();
  const { staffNo, name } = person!;

  // the chair files for them after a visit, with two photos
  const chair = await openAs('dev-chair', `${ROOT}/apply/index?programmeId=${programmeId}`);
  await chair.getByText('代为申请', { exact: false }).waitFor();
  await chair.locator('input').first().fill(staffNo);
  await chair
    .locator('textarea')
    .first()
    .fill('家中老人长期卧床，爱人失业，孩子上大学，生活十分困难。');
  await screenshot(chair, 'care-1-chair-files');
  await tap(chair, '提交申请');
  await chair.getByText('校工会审核中').first().waitFor();
  for (const n of [1, 2])
    await upload(
      chair,
      '家庭情况照片',
      { name: `家里${n}.png`, mimeType: 'image/png', buffer: PHOTOS[n - 1] },
      n,
    );
  await chair.locator('.care-check--missing', { hasText: '困难情况证明' }).waitFor();
  // the photos really load, through their short-lived links
  await chair.waitForFunction(
    () =>
      [...document.querySelectorAll('.care-thumb img')].filter(
        (i) => (i as HTMLImageElement).naturalWidth > 0,
      ).length >= 2,
  );
  await screenshot(chair, 'care-2-two-photos');
  const caseId = (
    (await t.db.collection(COLLECTIONS.careCases).where({ staffNo }).get()).data as CaseDoc[]
  )[0]._id;

  // the admin returns it: the proof of hardship is missing
  const admin = await openAs('dev-admin', `${ROOT}/case/index?id=${caseId}`);
  await admin.getByText('请审核', { exact: false }).waitFor();
  await admin.locator('textarea').last().fill('请补充困难情况证明（分工会盖章）');
  await screenshot(admin, 'care-3-admin-reviews');
  await tap(admin, '退回补充');
  await admin.getByText('已退回申请人补充', { exact: false }).waitFor();

  // the staff member sees what to add, adds it and resubmits
  const staff = await openAs(`dev-${staffNo}`, `${ROOT}/index/index`);
  await staff.getByText('需要补充', { exact: false }).first().waitFor();
  await screenshot(staff, 'care-4-staff-sees-returned');
  await staff.getByText('帮困送温暖').first().click();
  await staff.getByText('重新提交').waitFor();
  await upload(
    staff,
    '困难情况证明',
    { name: '证明.pdf', mimeType: 'application/pdf', buffer: PDF },
    3,
  );
  await staff.getByText('PDF 文件').waitFor();
  await screenshot(staff, 'care-5-document-added');
  await tap(staff, '重新提交');
  await staff.getByText('校工会审核中').first().waitFor();

  // the admin approves 3,000 元 (above the committee sum), the committee approves
  await admin.reload();
  await admin.getByText('请审核', { exact: false }).waitFor();
  await admin.locator('input').first().fill('3000');
  await tap(admin, '批准');
  await admin.getByText('福利委员会审核中').first().waitFor();
  const committee = await openAs(`dev-${COMMITTEE}`, `${ROOT}/case/index?id=${caseId}`);
  await committee.getByText('请审核', { exact: false }).waitFor();
  await screenshot(committee, 'care-6-committee');
  await tap(committee, '批准');
  await committee.getByText('已批准 3,000.00 元', { exact: false }).first().waitFor();

  // the admin records the payment
  await admin.reload();
  await admin.getByText('登记发放').first().waitFor();
  await admin.locator('.care-chip', { hasText: '转账' }).click();
  await tap(admin, '登记发放');
  await admin.getByText('已发放', { exact: false }).first().waitFor();
  await screenshot(admin, 'care-7-paid');
  expect(await t.data('care', { action: 'care.ledger', programmeId }, 'dev-admin')).toEqual({
    budget: 300_000_00,
    reserved: 0,
    paid: 300_000,
    left: 300_000_00 - 300_000,
  });

  // anyone bound sees the 公示: the masked name, branch and amount only
  const other = await openAs('dev-100200', `${ROOT}/publicity/index?id=${programmeId}`);
  await other.getByText(maskName(name)).waitFor();
  await other.getByText('3,000.00 元').waitFor();
  expect(await other.getByText(name, { exact: true }).count()).toBe(0);
  expect(await other.content()).not.toContain('卧床');
  await screenshot(other, 'care-8-publicity');

  // and nobody else can open the case
  const outsider = await openAs('dev-100200', `${ROOT}/case/index?id=${caseId}`);
  await outsider.getByText('没有找到这份申请', { exact: false }).waitFor();
  expect(await outsider.content()).not.toContain('卧床');
}, 240_000);

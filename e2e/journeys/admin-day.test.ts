// Journey: an admin's settings — sets the union office's phone and room (then an unbound person
// sees them on the bind page), and lays out check-up days with the date picker (sorted, no
// repeats, a 删除 on each, a plain word naming 体检日期 when none is picked).
import type { Browser } from 'playwright-core';
import { pages } from '../../domain/pages';
import { DEMO_OFFICE } from '../../local-cloud/seed/office';
import type { TestCloud } from '../../local-cloud/testing';
import { launchBrowser } from '../browser';
import { expectGoodPage, settle, startJourneyCloud, visit } from './cloud';

const ADMIN = 'dev-admin';

let t: TestCloud;
let browser: Browser;
beforeAll(async () => {
  t = await startJourneyCloud();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

it('the admin changes the office contact; an unbound person sees it on the bind page', async () => {
  // the demo seed's office shows before anyone changes it
  const before = await visit(browser, t, 'dev-100297', pages.account.bind());
  await before.getByText(`电话 ${DEMO_OFFICE.phone}`).waitFor();
  await before.context().close();

  const page = await visit(browser, t, ADMIN, pages.admin.index());
  await page.getByText('办公室联系方式', { exact: true }).click();
  const phone = page.locator('input[placeholder="例如 0571-88206000"]');
  await phone.waitFor();
  await settle(page);
  await expectGoodPage(page, 'admin-1-office');
  await phone.fill('8820');
  await page.locator('input[placeholder="例如 行政楼 2 楼 203 室"]').fill('');
  await page.getByText('保存联系方式', { exact: true }).click();
  await page.getByText('电话应为带区号的座机（如 0571-88206000）或 11 位手机号').waitFor();
  await page.getByText('请填写地点').waitFor();
  await phone.fill('0571 8820 6123');
  await page.locator('input[placeholder="例如 行政楼 2 楼 203 室"]').fill('行政楼 2 楼 203 室');
  expect(await page.getByText('请填写地点').filter({ visible: true }).count()).toBe(0);
  await page.getByText('保存联系方式', { exact: true }).click();
  await page.getByTestId('office-saved').waitFor();
  await page.getByTestId('office-preview').getByText('0571-88206123', { exact: false }).waitFor();
  await expectGoodPage(page, 'admin-2-office-saved');
  await page.context().close();

  const bind = await visit(browser, t, 'dev-100298', pages.account.bind());
  await bind.getByText('电话 0571-88206123').waitFor();
  await bind.getByText('行政楼 2 楼 203 室', { exact: false }).waitFor();
  await expectGoodPage(bind, 'admin-3-bind-shows-office');
  await bind.context().close();
}, 180_000);

it('the admin picks check-up days: sorted, never twice, each with 删除', async () => {
  const page = await visit(browser, t, ADMIN, pages.checkups.admin());
  await page.getByText('新建体检安排', { exact: true }).last().click();
  const add = page.locator('input[aria-label="添加体检日期"]').filter({ visible: true });
  await add.waitFor();
  await settle(page);
  // nothing picked: publishing names 体检日期
  await page.getByText('发布体检安排', { exact: true }).click();
  await page.getByText('请添加体检日期，至少一天').waitFor();
  await expectGoodPage(page, 'admin-4-checkup-days-empty');

  const year = new Date().getFullYear() + 1;
  await add.fill(`${year}-03-12`);
  const again = page.locator('input[aria-label^="再添加一天"]').filter({ visible: true });
  await again.fill(`${year}-03-10`);
  await again.fill(`${year}-03-12`);
  await again.fill(`${year}-03-11`);
  expect(await page.getByText('请添加体检日期，至少一天').filter({ visible: true }).count()).toBe(
    0,
  );
  const rows = page.locator('.date-list__row').filter({ visible: true });
  await rows.nth(2).waitFor();
  const days = async () => (await rows.locator('.date-list__day').allTextContents()).join(' | ');
  expect(await days()).toMatch(
    new RegExp(`^${year}年3月10日 周. \\| ${year}年3月11日 周. \\| ${year}年3月12日 周.$`),
  );
  // the first day is for retirees; the middle one goes
  await rows.nth(0).getByRole('checkbox').click();
  await rows.nth(0).getByText('✓ 退休专场').waitFor();
  await rows.nth(1).getByText('删除', { exact: true }).click();
  await rows.nth(2).waitFor({ state: 'detached' });
  expect(await days()).toMatch(new RegExp(`^${year}年3月10日 周. \\| ${year}年3月12日 周.$`));
  await expectGoodPage(page, 'admin-5-checkup-days');
  await page.context().close();
}, 180_000);

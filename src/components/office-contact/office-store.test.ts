// The office contact is read once per session, shared by concurrent screens, and falls back to
// the built-in default when the read fails (then tried again later).
import { UNION_OFFICE } from '../../../domain/office';
import { currentOffice, loadOffice, onOffice, resetOfficeForTest } from './office-store';

const SET = { name: '校工会办公室', phone: '0571-88206000', place: '行政楼 2 楼', hours: '工作日' };

beforeEach(resetOfficeForTest);

it('shows the default until read, then the admin’s contact, with one request for many screens', async () => {
  let calls = 0;
  const loader = async () => {
    calls += 1;
    return { ...SET, configured: true };
  };
  expect(currentOffice()).toEqual(UNION_OFFICE);
  const heard: string[] = [];
  onOffice((o) => heard.push(o.phone));
  const [a, b] = await Promise.all([loadOffice(loader), loadOffice(loader)]);
  expect(a).toEqual(SET);
  expect(b).toEqual(SET);
  await loadOffice(loader);
  expect(calls).toBe(1);
  expect(currentOffice()).toEqual(SET);
  expect(heard).toEqual(['0571-88206000']);
});

it('falls back to the default on failure and tries again next time', async () => {
  let calls = 0;
  const failing = async () => {
    calls += 1;
    throw new Error('offline');
  };
  await expect(loadOffice(failing)).resolves.toEqual(UNION_OFFICE);
  expect(currentOffice()).toEqual(UNION_OFFICE);
  await expect(loadOffice(async () => SET)).resolves.toEqual(SET);
  expect(calls).toBe(1);
  expect(currentOffice()).toEqual(SET);
});

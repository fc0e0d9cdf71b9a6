// The office line: a default that names the union office, or the contact read this session.
import { loadOffice, resetOfficeForTest } from './office-store';
import { officeLine, unionOffice } from './office';

beforeEach(resetOfficeForTest);

it('names the union office in a sentence that says what to do', () => {
  expect(unionOffice()).toContain('校工会');
  expect(officeLine()).toBe(`还是不行？请联系${unionOffice()}。`);
});

it('uses the contact an admin set once it is read', async () => {
  await loadOffice(async () => ({
    name: '校工会办公室',
    phone: '0571-88206000',
    place: '行政楼 2 楼',
    hours: '工作日 8:30–17:00',
  }));
  expect(officeLine()).toBe(
    '还是不行？请联系校工会办公室 0571-88206000（行政楼 2 楼，工作日 8:30–17:00）。',
  );
});

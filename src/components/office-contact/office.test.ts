// The office line: a default that names the union office, or the configured contact.
import { UNION_OFFICE, officeLine } from './office';

it('names the union office in a sentence that says what to do', () => {
  expect(UNION_OFFICE).toContain('校工会');
  expect(officeLine()).toBe(`还是不行？请联系${UNION_OFFICE}。`);
});

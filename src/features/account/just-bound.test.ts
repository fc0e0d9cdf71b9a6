// The word after binding is said once.
import { noteJustBound, takeJustBound } from './just-bound';

it('hands the name over once', () => {
  expect(takeJustBound()).toBeNull();
  noteJustBound('王小明');
  expect(takeJustBound()).toBe('王小明');
  expect(takeJustBound()).toBeNull();
});

// Photo sizing before upload.
import { fitWithin } from './photo-size';

it('shrinks the long side to 1280 and never enlarges', () => {
  expect(fitWithin(4000, 3000)).toEqual({ width: 1280, height: 960 });
  expect(fitWithin(1000, 3000)).toEqual({ width: 427, height: 1280 });
  expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
});

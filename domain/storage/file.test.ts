// Files are what their bytes say: a PDF by its magic bytes, never by its name or by text inside.
import { isPdf, sniffFile } from './file';

it('knows pictures and PDFs by their first bytes only', () => {
  expect(sniffFile(Buffer.from('%PDF-1.4\n%âãÏÓ\n'))).toBe('application/pdf');
  expect(sniffFile(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
  expect(sniffFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
    'image/png',
  );
  expect(sniffFile(Buffer.from('<html>%PDF-1.4'))).toBeNull();
  expect(sniffFile(Buffer.from(' %PDF-1.4'))).toBeNull();
  expect(sniffFile(Buffer.from('%PDF'))).toBeNull();
  expect(sniffFile(Buffer.from('GIF89a....'))).toBeNull();
  expect(isPdf(new Uint8Array(0))).toBe(false);
});

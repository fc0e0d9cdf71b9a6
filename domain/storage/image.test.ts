// The picture checks: magic bytes decide the type, the size cap, and messages naming the field.
import { checkImage, sniffImage } from './image';

const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0];
const WEBP = [...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8 ')];

it('knows JPEG, PNG and WebP by their first bytes, and nothing else', () => {
  expect(sniffImage(Uint8Array.from(JPEG))).toBe('image/jpeg');
  expect(sniffImage(Uint8Array.from(PNG))).toBe('image/png');
  expect(sniffImage(Uint8Array.from(WEBP))).toBe('image/webp');
  expect(sniffImage(Buffer.from('GIF89a......'))).toBeNull();
  expect(sniffImage(Buffer.from('hello, I am a .jpg'))).toBeNull();
  expect(sniffImage(Uint8Array.from([0xff, 0xd8]))).toBeNull();
});

it('refuses empty, too big and not-a-picture, naming the field', () => {
  expect(checkImage(new Uint8Array(0), '活动封面')).toMatchObject({
    ok: false,
    code: 'storage.image_type',
    message: expect.stringContaining('活动封面'),
  });
  const big = new Uint8Array(11);
  big.set(JPEG);
  expect(checkImage(big, '礼包照片', 10)).toMatchObject({
    ok: false,
    code: 'storage.image_size',
    message: expect.stringContaining('礼包照片超过'),
  });
  expect(checkImage(Uint8Array.from(JPEG), '礼包照片', 6)).toEqual({
    ok: true,
    type: 'image/jpeg',
  });
  expect(checkImage(Buffer.from('plain text'), '社团封面')).toMatchObject({
    ok: false,
    message: '社团封面只能是 JPEG、PNG 或 WebP 格式的图片，请换一张。',
  });
});

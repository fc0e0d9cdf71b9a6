// The one way the app picks and compresses a photo for upload: resized so the long side is at most
// 1280 px and re-encoded as JPEG (h5: canvas; weapp: Taro.compressImage), then read as base64.
import Taro from '@tarojs/taro';
import { fitWithin, MAX_SIDE } from './photo-size';

async function h5Resize(path: string): Promise<string> {
  const img = new Image();
  img.src = path;
  await img.decode();
  const { width, height } = fitWithin(img.naturalWidth, img.naturalHeight);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(img, 0, 0, width, height);
  return canvas.toDataURL('image/jpeg', 0.8).split(',')[1] ?? '';
}

async function weappResize(path: string): Promise<string> {
  const small = await Taro.compressImage({
    src: path,
    quality: 70,
    compressedWidth: MAX_SIDE,
  } as Parameters<typeof Taro.compressImage>[0]);
  const fs = Taro.getFileSystemManager();
  return fs.readFileSync(small.tempFilePath, 'base64') as string;
}

/** A picked image path → base64 JPEG, resized. */
export function preparePhoto(path: string): Promise<string> {
  return process.env.TARO_ENV === 'h5' ? h5Resize(path) : weappResize(path);
}

/** Lets the person pick one photo (album or camera) and answers it ready to send; null if cancelled. */
export async function pickPhoto(): Promise<string | null> {
  let path: string | undefined;
  try {
    const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] });
    path = picked.tempFilePaths[0];
  } catch {
    // closing the chooser is not an error
    return null;
  }
  return path ? preparePhoto(path) : null;
}

// Picking a document for a case: h5 a file input (photos or PDF); weapp a photo from the camera or
// album, resized. The server checks what the bytes really are, whatever the file is called.
import Taro from '@tarojs/taro';
import { pickFile } from '../../services/file';
import { preparePhoto } from '../../services/photo';

export async function pickAttachments(): Promise<string[]> {
  if (process.env.TARO_ENV === 'h5') {
    const f = await pickFile(['jpg', 'jpeg', 'png', 'pdf']);
    return [f.base64];
  }
  const picked = await Taro.chooseImage({ count: 9, sizeType: ['compressed'] });
  const out: string[] = [];
  for (const path of picked.tempFilePaths) out.push(await preparePhoto(path));
  return out;
}

// Files in and out of the app, one helper for every feature. Out: a function's `{ filename,
// base64 }` saved and opened (weapp: written to the user data folder, then Taro.openDocument; h5:
// downloaded through a Blob link). In: a file picked by the user, as base64 (weapp: from a WeChat
// chat with chooseMessageFile; h5: a file input).
import Taro from '@tarojs/taro';

export interface FileOut {
  filename: string;
  base64: string;
}

export interface PickedFile {
  name: string;
  size: number;
  base64: string;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function base64ToBytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Saves and opens an exported file. Resolves when the file is handed to the user. */
export async function saveFile(file: FileOut): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const type = /\.xlsx$/i.test(file.filename) ? XLSX_MIME : 'application/octet-stream';
    const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64) as BlobPart], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return;
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.filename.replace(/[\\/:*?"<>|]/g, '_')}`;
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: file.base64,
      encoding: 'base64',
      success: () => resolve(),
      fail: (e) => reject(new Error(e.errMsg)),
    });
  });
  await Taro.openDocument({ filePath, showMenu: true });
}

/** The user cancelled the picker: not an error worth a message. */
export class PickCancelled extends Error {}

function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('读取文件失败'));
    reader.readAsDataURL(file);
  });
}

/** Lets the user pick one file with one of these extensions (e.g. ['xlsx', 'csv']). */
export async function pickFile(extensions: string[]): Promise<PickedFile> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = extensions.map((e) => `.${e}`).join(',');
      input.style.display = 'none';
      input.setAttribute('data-testid', 'file-input');
      document.body.appendChild(input);
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        input.remove();
        if (!file) return reject(new PickCancelled());
        readAsBase64(file).then(
          (base64) => resolve({ name: file.name, size: file.size, base64 }),
          reject,
        );
      });
      input.addEventListener('cancel', () => {
        input.remove();
        reject(new PickCancelled());
      });
      input.click();
    });
  }
  let picked: { path: string; name: string; size: number };
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions });
    picked = res.tempFiles[0];
  } catch {
    throw new PickCancelled();
  }
  if (!picked) throw new PickCancelled();
  const base64 = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: picked.path,
      encoding: 'base64',
      success: (r) => resolve(String(r.data)),
      fail: (e) => reject(new Error(e.errMsg)),
    });
  });
  return { name: picked.name, size: picked.size, base64 };
}

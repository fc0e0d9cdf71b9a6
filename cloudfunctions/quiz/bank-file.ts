// Reading an uploaded question-bank file (.xlsx, or .csv as Excel saves it: UTF-8 or GBK) into
// header-keyed rows, as the roster import does. A file that cannot be read is a plain refusal.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { VisibleError } from '../../domain/errors';
import type { RawRow } from '../../domain/quiz/rules';
import { readXlsx } from '../_kit/xlsx';

const UNREADABLE = '文件读取失败：请确认是 Excel（.xlsx）或 CSV 文件，并且没有加密码。';

function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readCsv(bytes: Buffer): Promise<{ headers: string[]; rows: RawRow[] }> {
  const wb = new ExcelJS.Workbook();
  // every cell as typed: an answer "对" or "ACD" is never guessed into something else
  const ws = await wb.csv.read(Readable.from([decodeCsv(bytes)]), {
    map: (datum: string) => datum,
  } as Parameters<typeof wb.csv.read>[1]);
  const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v).trim());
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = text(cell.value);
  });
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const cells: Record<string, string> = Object.create(null) as Record<string, string>;
    headers.forEach((h, i) => {
      if (h) cells[h] = text(row.getCell(i + 1).value);
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ line, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}

export async function readBankFile(
  fileBase64: string,
  fileName: string,
): Promise<{ headers: string[]; rows: RawRow[] }> {
  const bytes = Buffer.from(fileBase64, 'base64');
  if (bytes.length === 0) throw new VisibleError('quiz.bad_file', UNREADABLE);
  try {
    return /\.csv$/i.test(fileName) ? await readCsv(bytes) : await readXlsx(bytes);
  } catch {
    throw new VisibleError('quiz.bad_file', UNREADABLE);
  }
}

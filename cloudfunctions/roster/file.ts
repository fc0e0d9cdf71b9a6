// Reading an uploaded roster file (.xlsx through exceljs, .csv through exceljs's CSV reader) into
// header-keyed rows, and its fingerprint. A file that cannot be read is a plain-Chinese refusal.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { VisibleError } from '../../domain/errors';
import type { RawRow } from '../../domain/roster/rules';
import { readXlsx } from '../_kit/xlsx';

export interface RosterFile {
  fingerprint: string;
  headers: string[];
  rows: RawRow[];
}

const UNREADABLE = '文件读取失败：请确认是 Excel（.xlsx）或 CSV 文件，并且没有加密码。';

/** CSV from Excel on Windows is often GBK: take UTF-8 when it decodes cleanly, else GB18030. */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readCsv(bytes: Buffer): Promise<{ headers: string[]; rows: RawRow[] }> {
  const wb = new ExcelJS.Workbook();
  // keep every cell as the text typed: no guessing of numbers or dates (工号 "007" stays "007")
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
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h) cells[h] = text(row.getCell(i + 1).value);
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ line, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}

export async function readRosterFile(fileBase64: string, fileName: string): Promise<RosterFile> {
  const bytes = Buffer.from(fileBase64, 'base64');
  if (bytes.length === 0) throw new VisibleError('roster.bad_file', UNREADABLE);
  const fingerprint = createHash('sha256').update(bytes).digest('hex');
  try {
    const sheet = /\.csv$/i.test(fileName) ? await readCsv(bytes) : await readXlsx(bytes);
    return { fingerprint, ...sheet };
  } catch {
    throw new VisibleError('roster.bad_file', UNREADABLE);
  }
}

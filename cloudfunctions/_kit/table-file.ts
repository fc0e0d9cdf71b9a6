// Reading an uploaded table (.xlsx, or .csv as Excel saves it: UTF-8 with or without a BOM, or GBK)
// from base64 into header-keyed rows, with its fingerprint — for every import (roster, trip
// history, question bank, representatives). A file that cannot be read is a plain refusal naming it.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { VisibleError } from '../../domain/errors';
import { readXlsx } from './xlsx';

/** One non-empty row below the header: its line in the file and its cells by header. */
export interface TableRow {
  line: number;
  cells: Record<string, string>;
}

export interface TableFile {
  /** sha256 of the bytes: a preview and its import can be checked to be the same file */
  fingerprint: string;
  headers: string[];
  rows: TableRow[];
}

/** The name as a person would recognise it: no folders, not endless. */
function shownName(fileName: string | undefined): string {
  const base = (fileName ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  return base.length > 40 ? `${base.slice(0, 37)}…` : base;
}

export function unreadableMessage(fileName?: string): string {
  const name = shownName(fileName);
  return `${name ? `“${name}”` : '这个文件'}读取失败：请确认是 Excel（.xlsx）或 CSV 文件，并且没有加密码。`;
}

export function emptyMessage(fileName?: string): string {
  const name = shownName(fileName);
  return `${name ? `“${name}”` : '这个文件'}是空的：请选择填好内容的表格再导入。`;
}

/** CSV from Excel on Windows is often GBK: take UTF-8 when it decodes cleanly, else GB18030. */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readCsv(bytes: Buffer): Promise<{ headers: string[]; rows: TableRow[] }> {
  const wb = new ExcelJS.Workbook();
  // every cell as typed: no guessing of numbers or dates (工号 "007" stays "007", "ACD" stays)
  const ws = await wb.csv.read(Readable.from([decodeCsv(bytes)]), {
    map: (datum: string) => datum,
  } as Parameters<typeof wb.csv.read>[1]);
  const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v).trim());
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = text(cell.value);
  });
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    // headers are the uploader's text: a column named "__proto__" must stay a plain cell
    const cells = Object.create(null) as Record<string, string>;
    headers.forEach((h, i) => {
      if (h) cells[h] = text(row.getCell(i + 1).value);
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ line, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}

/**
 * The table in an uploaded file: CSV when the name ends in .csv, else .xlsx. Refuses an empty file
 * and one that is not a table with `code` and a message naming the file.
 */
export async function readTableFile(
  fileBase64: string,
  fileName: string | undefined,
  code: string,
): Promise<TableFile> {
  const bytes = Buffer.from(fileBase64, 'base64');
  if (bytes.length === 0) throw new VisibleError(code, emptyMessage(fileName));
  const fingerprint = createHash('sha256').update(bytes).digest('hex');
  try {
    const sheet = /\.csv$/i.test(fileName ?? '') ? await readCsv(bytes) : await readXlsx(bytes);
    return { fingerprint, ...sheet };
  } catch {
    throw new VisibleError(code, unreadableMessage(fileName));
  }
}

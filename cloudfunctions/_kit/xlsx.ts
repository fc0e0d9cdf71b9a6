// Excel exports: rows → an .xlsx file as base64, small enough for a function's 6 MB response.
import ExcelJS from 'exceljs';

export interface Column<R> {
  header: string;
  width?: number;
  value(row: R): string | number | boolean | Date | null | undefined;
}

export interface XlsxFile {
  filename: string;
  base64: string;
  rows: number;
}

export async function toXlsx<R>(
  filename: string,
  sheet: string,
  columns: Column<R>[],
  rows: R[],
): Promise<XlsxFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '智慧工会';
  const ws = wb.addWorksheet(sheet.slice(0, 31));
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) ws.addRow(columns.map((c) => c.value(row) ?? ''));
  const buffer = await wb.xlsx.writeBuffer();
  return {
    filename,
    base64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
    rows: rows.length,
  };
}

/** Reads the first sheet of an .xlsx file into header-keyed rows (for imports). */
export async function readXlsx(
  buffer: Buffer,
): Promise<{ headers: string[]; rows: { line: number; cells: Record<string, string> }[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return { headers: [], rows: [] };
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value).trim();
  });
  const rows: { line: number; cells: Record<string, string> }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    // headers are the uploader's text: a column named "__proto__" must stay a plain cell
    const cells = Object.create(null) as Record<string, string>;
    headers.forEach((h, i) => {
      if (h) cells[h] = cellText(row.getCell(i + 1).value).trim();
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ line, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    // Excel dates are calendar dates: read them as the UTC day they encode
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    return '';
  }
  return String(v);
}

/** Several sheets in one workbook (e.g. one per report section), as base64. */
export async function toXlsxSheets<R>(
  filename: string,
  sheets: { name: string; columns: Column<R>[]; rows: R[] }[],
): Promise<XlsxFile & { sheets: number }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '智慧工会';
  let rows = 0;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    ws.columns = s.columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of s.rows) ws.addRow(s.columns.map((c) => c.value(row) ?? ''));
    rows += s.rows.length;
  }
  const buffer = await wb.xlsx.writeBuffer();
  return {
    filename,
    base64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
    rows,
    sheets: sheets.length,
  };
}

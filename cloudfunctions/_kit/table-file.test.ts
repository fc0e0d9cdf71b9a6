// The one reader of uploaded tables: .xlsx and .csv (UTF-8 with a BOM, GBK) into the same rows,
// and plain refusals that name the file for an empty file and for one that is not a table.
import ExcelJS from 'exceljs';
import { readTableFile } from './table-file';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

async function xlsxOf(rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  for (const r of rows) ws.addRow(r);
  return b64(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected a refusal');
};

it('reads an .xlsx and a .csv with a BOM into the same header-keyed rows', async () => {
  const xlsx = await readTableFile(
    await xlsxOf([
      ['工号', '姓名', '分工会'],
      ['100010', '王建国', '机关'],
      ['', '', ''],
      ['100011', '李秀英', '化学学院'],
    ]),
    '名册.xlsx',
    'roster.bad_file',
  );
  const csvText = '\uFEFF工号,姓名,分工会\r\n007,王建国,机关\r\n,,\r\n100011,李秀英,化学学院\r\n';
  const csv = await readTableFile(b64(csvText), '名册.CSV', 'roster.bad_file');
  expect(xlsx.headers).toEqual(['工号', '姓名', '分工会']);
  expect(csv.headers).toEqual(['工号', '姓名', '分工会']);
  expect(xlsx.rows.map((r) => ({ ...r.cells }))).toEqual([
    { 工号: '100010', 姓名: '王建国', 分工会: '机关' },
    { 工号: '100011', 姓名: '李秀英', 分工会: '化学学院' },
  ]);
  // the empty line is skipped but lines keep their place in the file; "007" stays text
  expect(csv.rows.map((r) => r.line)).toEqual([2, 4]);
  expect({ ...csv.rows[0].cells }).toEqual({ 工号: '007', 姓名: '王建国', 分工会: '机关' });
  expect(csv.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  expect(csv.fingerprint).not.toBe(xlsx.fingerprint);
});

it('reads a GBK .csv as Excel on Windows saves it, and keeps odd headers as plain cells', async () => {
  // "工号,姓名\n100012,张伟\n" in GB18030
  const gbk = Buffer.from('b9a4bac52cd0d5c3fb0a3130303031322cd5c5ceb00a', 'hex');
  const file = await readTableFile(gbk.toString('base64'), 'x.csv', 'roster.bad_file');
  expect(file.rows[0].cells['姓名']).toBe('张伟');
  const odd = await readTableFile(
    b64('__proto__,constructor\r\na,b\r\n'),
    'odd.csv',
    'quiz.bad_file',
  );
  expect(odd.rows[0].cells['__proto__']).toBe('a');
  expect(Object.hasOwn(odd.rows[0].cells, 'constructor')).toBe(true);
  const oddXlsx = await readTableFile(
    await xlsxOf([
      ['__proto__', 'toString'],
      ['a', 'b'],
    ]),
    'odd.xlsx',
    'quiz.bad_file',
  );
  expect(oddXlsx.rows[0].cells['__proto__']).toBe('a');
  expect(oddXlsx.rows[0].cells['toString']).toBe('b');
});

it('refuses an empty file and a file that is not a table, naming the file', async () => {
  const empty = await refusal(readTableFile('', '名册.xlsx', 'roster.bad_file'));
  expect(empty.code).toBe('roster.bad_file');
  expect(empty.message).toBe('“名册.xlsx”是空的：请选择填好内容的表格再导入。');
  const pdf = b64('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
  const notTable = await refusal(readTableFile(pdf, 'C:\\桌面\\题库.xlsx', 'quiz.bad_file'));
  expect(notTable.code).toBe('quiz.bad_file');
  expect(notTable.message).toBe(
    '“题库.xlsx”读取失败：请确认是 Excel（.xlsx）或 CSV 文件，并且没有加密码。',
  );
  // without a name (the representatives' import sends none) the message still reads plainly
  const nameless = await refusal(readTableFile(pdf, undefined, 'proposals.bad_file'));
  expect(nameless.message).toMatch(/^这个文件读取失败：/);
});

// The exports: an .xlsx with one sheet per section (this year and last year side by side) and a
// .docx draft "年度工作总结（数据部分）" whose sentences carry the numbers, for the union to edit.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { FigureSet } from '../../domain/report/contract';
import { summaryParagraphs, yearSpan } from '../../domain/report/rules';
import { audit, type CallContext } from '../_kit';
import { toXlsxSheets } from '../_kit/xlsx';
import { reportFor } from './compute';
import { SECTIONS } from './sections';
import type { SheetRow } from './sections/section';

type Scope = { year: number; branchId?: string };

export async function exportXlsx(input: Scope, ctx: CallContext) {
  const r = await reportFor(ctx, yearSpan(input.year), input.branchId);
  const sheets = SECTIONS.map((s) => ({
    name: s.title,
    columns: [
      { header: '项目', width: 30, value: (x: SheetRow) => x.item },
      { header: `${input.year}年`, width: 24, value: (x: SheetRow) => x.value },
      { header: `${input.year - 1}年`, width: 24, value: (x: SheetRow) => x.previous },
    ],
    rows: s.sheet(
      r[s.key] as NonNullable<FigureSet[typeof s.key]>,
      r.previous ? (r.previous[s.key] as NonNullable<FigureSet[typeof s.key]>) : null,
    ),
  }));
  const file = await toXlsxSheets(`${r.branchName}${input.year}年度工作数据.xlsx`, sheets);
  await audit(ctx, { target: `${input.year}:${r.branchId ?? 'all'}`, outcome: 'export' });
  return { filename: file.filename, base64: file.base64, sheets: file.sheets };
}

export async function exportDocx(input: Scope, ctx: CallContext) {
  const r = await reportFor(ctx, yearSpan(input.year), input.branchId);
  const font = { font: 'SimSun', size: 28 };
  const paragraphs: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [
        new TextRun({
          text: `${r.branchName} ${input.year} 年度工作总结（数据部分）`,
          bold: true,
          font: 'SimHei',
          size: 36,
        }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: `本稿由智慧工会系统按 ${r.from} 至 ${r.to} 的记录自动生成（统计于 ${r.computedAt.slice(0, 10)}），数字可核对明细后修改。`,
          ...font,
          italics: true,
        }),
      ],
    }),
  ];
  for (const section of summaryParagraphs(r)) {
    paragraphs.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun({ text: section.heading, bold: true, font: 'SimHei', size: 30 })],
      }),
    );
    for (const s of section.sentences)
      paragraphs.push(
        new Paragraph({
          indent: { firstLine: 560 },
          children: [new TextRun({ text: s, ...font })],
        }),
      );
  }
  const doc = new Document({
    creator: '智慧工会',
    title: '年度工作总结（数据部分）',
    sections: [{ children: paragraphs }],
  });
  const buffer = await Packer.toBuffer(doc);
  await audit(ctx, { target: `${input.year}:${r.branchId ?? 'all'}`, outcome: 'export' });
  return {
    filename: `${r.branchName}${input.year}年度工作总结（数据部分）.docx`,
    base64: Buffer.from(buffer).toString('base64'),
    paragraphs: paragraphs.length,
  };
}

// Bench: a 3,000-row roster through the local cloud — preview, import in one go, a repeat (no
// writes), and a staged import in chunks of 500 where every row changed. Times and requests.
import ExcelJS from 'exceljs';
import { DEMO_BRANCHES } from '../../local-cloud/seed/branches';
import { startTestCloud } from '../../local-cloud/testing';
import type { ImportResult, RosterPreview } from '../../domain/roster/contract';
import { IMPORT_CHUNK } from '../../domain/roster/contract';

async function rosterFile(rows: number, phonePrefix: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['工号', '姓名', '性别', '分工会', '手机号', '会员', '状态', '入职日期', '出生年月']);
  for (let i = 0; i < rows; i++) {
    const no = `B${String(i + 1).padStart(5, '0')}`;
    ws.addRow([
      no,
      `职工${i + 1}`,
      i % 2 ? '男' : '女',
      DEMO_BRANCHES[i % 23],
      `${phonePrefix}${String(i).padStart(8, '0')}`,
      '是',
      '在职',
      '2005-09-01',
      '1978-06',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

export async function benchRosterImport(rows = 3000): Promise<Record<string, unknown>> {
  const t = await startTestCloud({ demo: true });
  try {
    const fileName = 'roster.xlsx';
    const file = await rosterFile(rows, '139');
    const timed = async <T>(fn: () => Promise<T>) => {
      t.resetRequests();
      const started = Date.now();
      const value = await fn();
      return { value, ms: Date.now() - started, requests: t.requests() };
    };
    const preview = await timed(() =>
      t.data<RosterPreview>(
        'roster',
        { action: 'roster.preview', fileBase64: file, fileName },
        'dev-admin',
      ),
    );
    const base = {
      action: 'roster.import',
      fileBase64: file,
      fileName,
      fingerprint: preview.value.fingerprint,
    };
    const oneGo = await timed(() => t.data<ImportResult>('roster', base, 'dev-admin'));
    const repeat = await timed(() => t.data<ImportResult>('roster', base, 'dev-admin'));

    // every phone changed: the worst case for writes, staged as the app does for its progress bar
    const changedFile = await rosterFile(rows, '137');
    const p2 = await t.data<RosterPreview>(
      'roster',
      { action: 'roster.preview', fileBase64: changedFile, fileName },
      'dev-admin',
    );
    const chunks: { ms: number; requests: number }[] = [];
    const staged = await timed(async () => {
      let offset: number | null = 0;
      let updated = 0;
      while (offset !== null) {
        const started = Date.now();
        const before = t.requests();
        const r: ImportResult = await t.data<ImportResult>(
          'roster',
          {
            ...base,
            fileBase64: changedFile,
            fingerprint: p2.fingerprint,
            offset,
            limit: IMPORT_CHUNK,
          },
          'dev-admin',
        );
        chunks.push({ ms: Date.now() - started, requests: t.requests() - before });
        updated += r.updated;
        offset = r.nextOffset;
      }
      return updated;
    });
    return {
      rows,
      fileKB: Math.round((file.length * 3) / 4 / 1024),
      requestBase64KB: Math.round(file.length / 1024),
      preview: { ms: preview.ms, requests: preview.requests, counts: preview.value.counts },
      importOneGo: { ms: oneGo.ms, requests: oneGo.requests, created: oneGo.value.created },
      reimportSameFile: {
        ms: repeat.ms,
        requests: repeat.requests,
        created: repeat.value.created,
        updated: repeat.value.updated,
      },
      stagedAllChanged: { ms: staged.ms, requests: staged.requests, updated: staged.value, chunks },
      invariantsHold:
        oneGo.value.created === rows &&
        repeat.value.created + repeat.value.updated === 0 &&
        staged.value === rows,
    };
  } finally {
    await t.stop();
  }
}

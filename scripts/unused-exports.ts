// Lists exports that no other file names (a candidate for removal, or for dropping `export`):
// reads every tracked .ts/.tsx with the TypeScript parser, then looks for each name as a word
// in every other tracked source file. Usage: npx tsx scripts/unused-exports.ts [folder…]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const roots = process.argv.slice(2);
const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.js', '*.mjs', '*.cjs'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

function exportedNames(file: string, src: string): string[] {
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const exported = (n: ts.Node) =>
    ts.canHaveModifiers(n) &&
    (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
    !(ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  for (const st of sf.statements) {
    if (!exported(st)) continue;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      (ts.isFunctionDeclaration(st) ||
        ts.isClassDeclaration(st) ||
        ts.isInterfaceDeclaration(st) ||
        ts.isTypeAliasDeclaration(st) ||
        ts.isEnumDeclaration(st)) &&
      st.name
    ) {
      names.push(st.name.text);
    }
  }
  return names;
}

const inScope = (f: string) =>
  /\.(ts|tsx)$/.test(f) &&
  !/\.test\.tsx?$/.test(f) &&
  !f.endsWith('.d.ts') &&
  (roots.length === 0 || roots.some((r) => f.startsWith(r)));

for (const file of files.filter(inScope)) {
  const src = text.get(file) ?? '';
  for (const name of exportedNames(file, src)) {
    const word = new RegExp(`\\b${name}\\b`);
    const elsewhere = files.some((f) => f !== file && word.test(text.get(f) ?? ''));
    if (elsewhere) continue;
    const uses = src.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
    console.log(`${file}\t${name}\t${uses > 1 ? 'used in its own file' : 'unused'}`);
  }
}

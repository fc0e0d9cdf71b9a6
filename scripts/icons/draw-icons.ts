// Draws our own icons as PNG files (no downloads): the tab bar's (81×81, grey and union red) and
// the home page's tiles (96×96, red). Run `npx tsx scripts/icons/draw-icons.ts`; output is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng } from './png';
import { ICONS, render } from './shapes';

const ROOT = path.resolve(__dirname, '../..');
const GREY: [number, number, number] = [0x45, 0x45, 0x4a];
const RED: [number, number, number] = [0xc8, 0x10, 0x2e];

export const TAB_ICONS = ['home', 'events', 'welfare', 'me'] as const;
export const TILE_ICONS = [
  'events',
  'welfare',
  'steps',
  'clubs',
  'proposals',
  'messages',
  'pass',
  'gift',
] as const;

export function drawAll(root = ROOT): string[] {
  const written: string[] = [];
  const put = (rel: string, png: Buffer) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
    written.push(rel);
  };
  for (const name of TAB_ICONS) {
    put(`src/assets/tab/${name}.png`, encodePng(81, 81, render(ICONS[name], 81, GREY)));
    put(`src/assets/tab/${name}-on.png`, encodePng(81, 81, render(ICONS[name], 81, RED)));
  }
  for (const name of TILE_ICONS)
    put(`src/assets/icons/${name}.png`, encodePng(96, 96, render(ICONS[name], 96, RED)));
  return written;
}

if (require.main === module) {
  for (const f of drawAll()) console.log(f);
}

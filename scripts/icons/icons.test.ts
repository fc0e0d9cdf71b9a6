// Our drawn icons: the tab bar's are 81×81 PNGs under 40 KB as WeChat wants, and the committed
// files are exactly what scripts/icons/draw-icons.ts draws (so they can be redrawn at will).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { drawAll, TAB_ICONS } from './draw-icons';
import { pngSize } from './png';

const ROOT = path.resolve(__dirname, '../..');

it('draws every tab icon at 81×81, each well under 40 KB, in two colours', () => {
  for (const name of TAB_ICONS)
    for (const file of [`${name}.png`, `${name}-on.png`]) {
      const png = readFileSync(path.join(ROOT, 'src/assets/tab', file));
      expect(pngSize(png)).toEqual({ width: 81, height: 81 });
      expect(statSync(path.join(ROOT, 'src/assets/tab', file)).size).toBeLessThan(40 * 1024);
    }
});

it('commits exactly what the script draws, with real ink on a clear ground', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'icons-'));
  try {
    const written = drawAll(dir);
    expect(written.length).toBeGreaterThanOrEqual(16);
    for (const rel of written)
      expect(readFileSync(path.join(dir, rel)).equals(readFileSync(path.join(ROOT, rel)))).toBe(
        true,
      );
    // the home icon has both opaque and transparent pixels (it is a drawing, not a blank)
    const png = readFileSync(path.join(ROOT, 'src/assets/tab/home.png'));
    const idat = png.subarray(41, png.length - 12 - 4); // IHDR is fixed-size; one IDAT here
    const raw = inflateSync(idat);
    let opaque = 0;
    let clear = 0;
    for (let y = 0; y < 81; y++)
      for (let x = 0; x < 81; x++) {
        const a = raw[y * (81 * 4 + 1) + 1 + x * 4 + 3];
        if (a === 255) opaque++;
        if (a === 0) clear++;
      }
    expect(opaque).toBeGreaterThan(500);
    expect(clear).toBeGreaterThan(500);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

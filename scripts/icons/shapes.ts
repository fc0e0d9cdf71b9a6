// Icon shapes on a 0..100 square: each is "is this point ink?"; layers paint or cut in order.
export type Shape = (x: number, y: number) => boolean;
export interface Layer {
  shape: Shape;
  cut?: boolean;
}

export const rect =
  (x0: number, y0: number, x1: number, y1: number, r = 0): Shape =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };

export const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

export const ellipse =
  (cx: number, cy: number, rx: number, ry: number): Shape =>
  (x, y) =>
    ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;

/** A thick line with round ends. */
export const line =
  (x0: number, y0: number, x1: number, y1: number, w: number): Shape =>
  (x, y) => {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
    return (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 <= (w / 2) ** 2;
  };

export const polygon =
  (pts: [number, number][]): Shape =>
  (x, y) => {
    let inside = false;
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i];
      const [xj, yj] = pts[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };

/** The outline of a rounded rectangle, `w` thick. */
export const frame = (x0: number, y0: number, x1: number, y1: number, r: number, w: number) => {
  const outer = rect(x0, y0, x1, y1, r);
  const inner = rect(x0 + w, y0 + w, x1 - w, y1 - w, Math.max(0, r - w));
  return ((x, y) => outer(x, y) && !inner(x, y)) as Shape;
};

const ink = (shape: Shape): Layer => ({ shape });
const cut = (shape: Shape): Layer => ({ shape, cut: true });

/** Our icons, drawn simply and boldly so they read at 24 px. */
export const ICONS: Record<string, Layer[]> = {
  home: [
    ink(
      polygon([
        [50, 12],
        [90, 48],
        [80, 48],
        [80, 88],
        [20, 88],
        [20, 48],
        [10, 48],
      ]),
    ),
    cut(rect(42, 62, 58, 88, 3)),
  ],
  events: [
    ink(frame(12, 20, 88, 88, 10, 8)),
    ink(rect(12, 20, 88, 40, 8)),
    ink(line(32, 10, 32, 28, 9)),
    ink(line(68, 10, 68, 28, 9)),
    ink(rect(28, 52, 42, 64, 2)),
    ink(rect(58, 52, 72, 64, 2)),
    ink(rect(28, 70, 42, 80, 2)),
  ],
  welfare: [
    ink(rect(12, 34, 88, 52, 4)),
    ink(rect(18, 56, 82, 90, 4)),
    cut(rect(45, 34, 55, 90)),
    ink(ellipse(38, 24, 12, 8)),
    ink(ellipse(62, 24, 12, 8)),
    cut(ellipse(38, 24, 5, 3)),
    cut(ellipse(62, 24, 5, 3)),
  ],
  me: [ink(circle(50, 32, 19)), ink(ellipse(50, 90, 36, 30)), cut(rect(0, 92, 100, 100))],
  pass: [
    ink(frame(10, 10, 90, 90, 12, 7)),
    ink(rect(22, 22, 44, 44, 3)),
    ink(rect(56, 22, 78, 44, 3)),
    ink(rect(22, 56, 44, 78, 3)),
    ink(rect(56, 56, 66, 66, 1)),
    ink(rect(68, 68, 78, 78, 1)),
  ],
  gift: [
    ink(rect(12, 34, 88, 52, 4)),
    ink(rect(18, 56, 82, 90, 4)),
    cut(rect(45, 34, 55, 90)),
    ink(ellipse(38, 24, 12, 8)),
    ink(ellipse(62, 24, 12, 8)),
    cut(ellipse(38, 24, 5, 3)),
    cut(ellipse(62, 24, 5, 3)),
  ],
  steps: [
    ink(ellipse(34, 40, 13, 20)),
    ink(ellipse(34, 70, 9, 8)),
    ink(ellipse(66, 30, 13, 20)),
    ink(ellipse(66, 60, 9, 8)),
    ink(circle(34, 86, 0.1)),
  ],
  clubs: [
    ink(circle(50, 30, 14)),
    ink(ellipse(50, 78, 24, 20)),
    ink(circle(22, 42, 10)),
    ink(ellipse(22, 80, 16, 15)),
    ink(circle(78, 42, 10)),
    ink(ellipse(78, 80, 16, 15)),
    cut(rect(0, 88, 100, 100)),
  ],
  proposals: [
    ink(frame(18, 8, 82, 92, 8, 8)),
    ink(line(32, 32, 68, 32, 8)),
    ink(line(32, 50, 68, 50, 8)),
    ink(line(32, 68, 54, 68, 8)),
  ],
  messages: [
    ink(frame(8, 20, 92, 80, 8, 8)),
    ink(line(14, 28, 50, 56, 8)),
    ink(line(86, 28, 50, 56, 8)),
  ],
};

/** Paints `layers` into RGBA at `size` px with 4×4 supersampling, in one colour. */
export function render(layers: Layer[], size: number, rgb: [number, number, number]): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const x = ((px + (sx + 0.5) / S) / size) * 100;
          const y = ((py + (sy + 0.5) / S) / size) * 100;
          let on = false;
          for (const l of layers) if (l.shape(x, y)) on = !l.cut;
          if (on) hits++;
        }
      const i = (py * size + px) * 4;
      out[i] = rgb[0];
      out[i + 1] = rgb[1];
      out[i + 2] = rgb[2];
      out[i + 3] = Math.round((hits / (S * S)) * 255);
    }
  return out;
}

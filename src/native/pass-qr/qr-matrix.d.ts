// Types for qr-matrix.js (plain JS so the weapp native component can require it too).
export interface QrMatrix {
  size: number;
  rows: boolean[][];
}
export interface Ctx2d {
  fillStyle: string | CanvasGradient | CanvasPattern;
  fillRect(x: number, y: number, w: number, h: number): void;
}
export function qrMatrix(text: string): QrMatrix;
export function drawMatrix(ctx: Ctx2d, matrix: QrMatrix, px: number): number;

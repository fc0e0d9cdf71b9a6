// Shared by the weapp native pass (index.js) and its h5 twin: a pass token → QR modules, and
// drawing them on any 2D canvas context (weapp canvas type="2d" or an h5 <canvas>).
const qrcode = require('qrcode-generator');

/** The QR modules of `text` (error correction M, smallest version that fits). */
function qrMatrix(text) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  const rows = [];
  for (let r = 0; r < size; r++) {
    const row = [];
    for (let c = 0; c < size; c++) row.push(qr.isDark(r, c));
    rows.push(row);
  }
  return { size, rows };
}

/** Draws the matrix with a 4-module quiet zone, filling `px` × `px`. Returns the cells drawn. */
function drawMatrix(ctx, matrix, px) {
  const quiet = 4;
  const cell = px / (matrix.size + quiet * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, px, px);
  ctx.fillStyle = '#000000';
  let dark = 0;
  for (let r = 0; r < matrix.size; r++) {
    for (let c = 0; c < matrix.size; c++) {
      if (!matrix.rows[r][c]) continue;
      dark++;
      // round outward so neighbouring cells leave no hairline gaps
      ctx.fillRect(
        Math.floor((c + quiet) * cell),
        Math.floor((r + quiet) * cell),
        Math.ceil(cell),
        Math.ceil(cell),
      );
    }
  }
  return dark;
}

module.exports = { qrMatrix, drawMatrix };

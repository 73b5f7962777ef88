'use strict';
// The app icons, drawn with pngjs (no binaries in the repository): color.png 192×192 (white "G"
// ring on the accent colour) and outline.png 32×32 (white on transparent, as Teams requires).
const { PNG } = require('pngjs');

const ACCENT = [0x62, 0x64, 0xa7];

/** A ring with a bar (a "G"-like mark) of `size` pixels; `background` null means transparent. */
function drawMark(size, background) {
  const png = new PNG({ width: size, height: size });
  const c = (size - 1) / 2;
  const outer = size * 0.42;
  const inner = size * 0.28;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const d = Math.hypot(x - c, y - c);
      const angle = Math.atan2(y - c, x - c);
      const ring = d <= outer && d >= inner && !(angle > -0.9 && angle < 0); // open at the top right
      const bar = y >= c - size * 0.05 && y <= c + size * 0.05 && x >= c && x <= c + outer;
      const on = ring || bar;
      if (on) png.data.set([255, 255, 255, 255], i);
      else if (background) png.data.set([...background, 255], i);
      else png.data.set([0, 0, 0, 0], i);
    }
  }
  return PNG.sync.write(png);
}

module.exports = {
  colorIcon: () => drawMark(192, ACCENT),
  outlineIcon: () => drawMark(32, null),
};

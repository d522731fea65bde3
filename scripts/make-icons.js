// Draws the add-in's icons into assets/: a green rounded square holding a white ledger grid and a gold
// check mark. Drawn from shapes (no image files to license or keep in sync), anti-aliased by sampling each
// pixel on a sub-grid, so every size is sharp. Run `node scripts/make-icons.js` after changing the design.
const fs = require("node:fs");
const path = require("node:path");
const { PNG } = require("pngjs");

/** The sizes Office asks for: 16/32/80 ribbon, 32/64 IconUrl/HighResolutionIconUrl, 128 for stores. */
const SIZES = [16, 32, 64, 80, 128];
/** Samples per pixel side: 4×4 = 16 samples is enough for smooth edges at 16 px. */
const SUB = 4;

const GREEN = [33, 115, 70]; // Excel's green, so the button reads as "about this workbook"
const WHITE = [255, 255, 255];
const GOLD = [255, 200, 61];

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Distance from (x, y) to the segment a–b. */
function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const RED = [232, 72, 85];
const YELLOW = [255, 200, 61];

/** The ledger: an outlined table with a header rule, two row rules and a column rule (序号 | 任务), header filled. */
function ledger(x, y, line) {
  const [left, top, right, bottom] = [0.17, 0.17, 0.83, 0.75];
  const half = line / 2;
  const onVertical = (vx) => Math.abs(x - vx) <= half && y >= top - half && y <= bottom + half;
  const onHorizontal = (hy) => Math.abs(y - hy) <= half && x >= left - half && x <= right + half;
  if ([left, 0.37, right].some(onVertical) || [top, 0.33, 0.47, 0.61, bottom].some(onHorizontal)) return WHITE;
  if (x >= left && x <= right && y >= top && y <= 0.33) return WHITE;
  return null;
}

/** A stroke along a polyline, with a green halo that keeps it apart from the grid lines it crosses. */
function stroke(x, y, line, points, width, colour) {
  let distance = Infinity;
  for (let i = 1; i < points.length; i++) distance = Math.min(distance, segmentDistance(x, y, points[i - 1], points[i]));
  if (distance <= width) return colour;
  if (distance <= width + line) return GREEN;
  return null;
}

/**
 * The designs, each the colour (rgb, or null for transparent) at (x, y) in the unit square inside the green
 * rounded square; `line` is a stroke width. `icon` is the add-in's; the others are its ribbon commands'.
 */
const DESIGNS = {
  // 打开台账助手: the ledger with a gold check mark.
  icon: (x, y, line) =>
    stroke(
      x,
      y,
      line,
      [
        [0.44, 0.68],
        [0.58, 0.82],
        [0.86, 0.5],
      ],
      0.065,
      GOLD,
    ) ?? ledger(x, y, line),
  // 校验本表: the ledger with two cells marked, red and yellow, as the command marks them.
  validate: (x, y, line) => {
    const inCell = (x0, x1, y0, y1) => x > x0 + line && x < x1 - line && y > y0 + line && y < y1 - line;
    if (inCell(0.37, 0.83, 0.33, 0.47)) return RED;
    if (inCell(0.37, 0.83, 0.47, 0.61)) return YELLOW;
    return ledger(x, y, line);
  },
  // 生成汇总: three stacked bars, as on the 部门汇总 chart.
  summary: (x, y) => {
    const bars = [
      [0.2, 0.3, [0.45, 0.7]],
      [0.43, 0.53, [0.35, 0.55]],
      [0.66, 0.76, [0.55, 0.8]],
    ];
    for (const [y0, y1, [split, end]] of bars) {
      if (y < y0 || y > y1 || x < 0.18) continue;
      if (x <= split) return WHITE;
      if (x <= end) return YELLOW;
    }
    return null;
  },
  // 清除标记: the ledger crossed out.
  clear: (x, y, line) =>
    stroke(
      x,
      y,
      line,
      [
        [0.3, 0.3],
        [0.78, 0.78],
      ],
      0.06,
      GOLD,
    ) ??
    stroke(
      x,
      y,
      line,
      [
        [0.78, 0.3],
        [0.3, 0.78],
      ],
      0.06,
      GOLD,
    ) ??
    ledger(x, y, line),
  // 分发: three forms fanned out, one per unit, the front one with its gold title row.
  split: (x, y, line) => {
    const pages = [
      [0.16, 0.14, 0.56, 0.6],
      [0.3, 0.27, 0.7, 0.73],
      [0.44, 0.4, 0.84, 0.86],
    ];
    // Front to back: a page hides those behind it, its green edge keeps it apart from them.
    for (const [x0, y0, x1, y1] of [...pages].reverse()) {
      if (x < x0 || x > x1 || y < y0 || y > y1) continue;
      if (x < x0 + line || x > x1 - line || y < y0 + line || y > y1 - line) return GREEN;
      return x0 === pages[2][0] && y < y0 + 0.14 ? GOLD : WHITE;
    }
    return null;
  },
};

/** Sizes per design: the add-in's icon at every size Office asks for, the commands' at the ribbon's 16/32/80. */
const DESIGN_SIZES = { icon: SIZES, validate: [16, 32, 80], summary: [16, 32, 80], clear: [16, 32, 80], split: [16, 32, 80] };

function colourAt(design, x, y, line) {
  if (!insideRoundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.18)) return null;
  return DESIGNS[design](x, y, line) ?? GREEN;
}

function drawIcon(design, size) {
  const png = new PNG({ width: size, height: size });
  // At least one pixel wide, so the grid never vanishes at 16 px.
  const line = Math.max(1 / size, 0.055);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const colour = colourAt(design, (px + (sx + 0.5) / SUB) / size, (py + (sy + 0.5) / SUB) / size, line);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered += 1;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round((255 * covered) / (SUB * SUB));
    }
  }
  return PNG.sync.write(png);
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const [design, sizes] of Object.entries(DESIGN_SIZES)) {
    for (const size of sizes) {
      const file = path.join(dir, `${design}-${size}.png`);
      fs.writeFileSync(file, drawIcon(design, size));
      console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
    }
  }
}

main();

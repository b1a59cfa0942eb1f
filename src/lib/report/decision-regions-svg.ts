// The decision-regions artifact: which species the model answers over two measurements
// (the others at their training mean), with the training flowers on top and the ones it
// gets wrong ringed, as an SVG image. Cells of one colour in a row merge into one rectangle.
import { cellWinner, type DecisionGrid, type RegionPoint } from '../data/decision-grid';
import { markerPath, niceTicks, plotScales, type PlotFrame } from './plot-geometry';
import { regionRgb, SPECIES_COLORS } from './region-colors';
import { round, svgDocument, text } from './svg';

export interface DecisionRegionsPicture {
  readonly grid: DecisionGrid;
  readonly points: readonly RegionPoint[];
  /** The model's epoch (0-based) the picture shows. */
  readonly epoch: number;
}

const FRAME: PlotFrame = { width: 420, height: 380, left: 52, right: 10, top: 40, bottom: 44 };
const LEGEND_X = 440;
const WIDTH = 660;
const MISCLASSIFIED_RING = '#111827';

const hex = (rgb: readonly number[]) =>
  `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const decimal = (value: number) => String(Number(value.toFixed(2)));

/** Cell colours by species and confidence in fifths: a smooth gradient would leave nothing to merge. */
function cellPalette(grid: DecisionGrid): (i: number, j: number) => string {
  const colors = new Map<number, string>();
  return (i, j) => {
    const { label, confidence } = cellWinner(grid, i, j);
    const fifths = Math.round(confidence * 5);
    const key = label * 6 + fifths;
    let color = colors.get(key);
    if (color === undefined) {
      color = hex(regionRgb(label, fifths / 5, grid.classes));
      colors.set(key, color);
    }
    return color;
  };
}

function cells(grid: DecisionGrid, px: (v: number) => number, py: (v: number) => number) {
  const { resolution, x, y } = grid;
  const cellWidth = (x.max - x.min) / resolution;
  const cellHeight = (y.max - y.min) / resolution;
  const cellColor = cellPalette(grid);
  const rects: string[] = [];
  for (let j = 0; j < resolution; j++) {
    let start = 0;
    let color = '';
    for (let i = 0; i <= resolution; i++) {
      const here = i < resolution ? cellColor(i, j) : '';
      if (here === color) continue;
      if (color !== '') {
        const left = px(x.min + start * cellWidth);
        const top = py(y.min + (j + 1) * cellHeight);
        const width = px(x.min + i * cellWidth) - left;
        const height = py(y.min + j * cellHeight) - top;
        rects.push(
          `<rect x="${round(left)}" y="${round(top)}" width="${round(width)}" height="${round(height)}" fill="${color}"/>`,
        );
      }
      start = i;
      color = here;
    }
  }
  return rects;
}

function axes(
  grid: DecisionGrid,
  featureNames: readonly string[],
  s: ReturnType<typeof plotScales>,
) {
  const bottom = FRAME.top + s.plotHeight;
  const body = [
    `<rect x="${FRAME.left}" y="${FRAME.top}" width="${s.plotWidth}" height="${s.plotHeight}" fill="none" stroke="#9ca3af"/>`,
  ];
  for (const tick of niceTicks(grid.x)) {
    const at = round(s.px(tick));
    body.push(`<line x1="${at}" y1="${bottom}" x2="${at}" y2="${bottom + 4}" stroke="#9ca3af"/>`);
    body.push(text(at, bottom + 16, decimal(tick), { 'text-anchor': 'middle' }));
  }
  for (const tick of niceTicks(grid.y)) {
    const at = round(s.py(tick));
    body.push(
      `<line x1="${FRAME.left - 4}" y1="${at}" x2="${FRAME.left}" y2="${at}" stroke="#9ca3af"/>`,
    );
    body.push(text(FRAME.left - 7, at + 4, decimal(tick), { 'text-anchor': 'end' }));
  }
  const name = (j: number) => `${featureNames[j] ?? `feature ${j}`} (cm)`;
  body.push(
    text(FRAME.left + s.plotWidth / 2, FRAME.height - 6, name(grid.axes.x), {
      'text-anchor': 'middle',
    }),
    text(14, FRAME.top + s.plotHeight / 2, name(grid.axes.y), {
      'text-anchor': 'middle',
      transform: `rotate(-90 14 ${round(FRAME.top + s.plotHeight / 2)})`,
    }),
  );
  return body;
}

function legend(
  picture: DecisionRegionsPicture,
  featureNames: readonly string[],
  classNames: readonly string[],
) {
  const { grid, points } = picture;
  const body: string[] = [];
  classNames.forEach((name, c) => {
    const y = FRAME.top + 10 + c * 24;
    body.push(
      `<rect x="${LEGEND_X}" y="${y - 9}" width="18" height="18" fill="${hex(regionRgb(c, 1, grid.classes))}"/>`,
    );
    body.push(
      `<path d="${markerPath(c, LEGEND_X + 9, y, 5)}" fill="${SPECIES_COLORS[c] ?? '#888888'}" stroke="#ffffff"/>`,
    );
    body.push(text(LEGEND_X + 26, y + 4, name));
  });
  const ringY = FRAME.top + 10 + classNames.length * 24;
  body.push(
    `<circle cx="${LEGEND_X + 9}" cy="${ringY}" r="7" fill="none" stroke="${MISCLASSIFIED_RING}" stroke-width="2"/>`,
  );
  body.push(text(LEGEND_X + 26, ringY + 4, 'misclassified'));
  const wrong = points.filter((p) => p.predicted !== p.label).length;
  const held = grid.base
    .map((mean, j) => ({ mean, j }))
    .filter(({ j }) => j !== grid.axes.x && j !== grid.axes.y);
  const notes = [
    `${wrong} of ${points.length} training rows misclassified`,
    'Held at their training mean:',
    ...held.map(({ mean, j }) => `  ${featureNames[j] ?? `feature ${j}`} = ${mean.toFixed(2)} cm`),
  ];
  notes.forEach((note, n) =>
    body.push(text(LEGEND_X, ringY + 34 + n * 18, note, { 'xml:space': 'preserve' })),
  );
  return body;
}

export function decisionRegionsSvg(
  picture: DecisionRegionsPicture,
  featureNames: readonly string[],
  classNames: readonly string[],
): string {
  const { grid, points } = picture;
  const s = plotScales(FRAME, grid.x, grid.y);
  const body = [
    text(12, 24, `Decision regions after epoch ${picture.epoch + 1} (training rows)`, {
      'font-size': 14,
      'font-weight': 600,
    }),
    `<g shape-rendering="crispEdges">`,
    ...cells(grid, s.px, s.py),
    '</g>',
    ...axes(grid, featureNames, s),
  ];
  for (const point of points) {
    const cx = s.px(point.x);
    const cy = s.py(point.y);
    const color = SPECIES_COLORS[point.label % SPECIES_COLORS.length] ?? '#888888';
    body.push(
      `<path d="${markerPath(point.label, cx, cy, 4)}" fill="${color}" stroke="#ffffff" stroke-width="1"/>`,
    );
    if (point.predicted !== point.label) {
      body.push(
        `<circle class="misclassified" cx="${round(cx)}" cy="${round(cy)}" r="7" fill="none" stroke="${MISCLASSIFIED_RING}" stroke-width="2"/>`,
      );
    }
  }
  body.push(...legend(picture, featureNames, classNames));
  return svgDocument(WIDTH, FRAME.height, body);
}

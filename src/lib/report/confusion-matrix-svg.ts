// The confusion-matrix artifact: a heat map of counts[true][predicted] as an SVG image.
import { svgDocument, text } from './svg';

const CELL = 64;
const LEFT = 120;
const TOP = 76;

export function confusionMatrixSvg(
  counts: readonly (readonly number[])[],
  classNames: readonly string[],
  title = 'Confusion matrix (validation rows)',
): string {
  const n = classNames.length;
  const max = Math.max(1, ...counts.flat());
  const body: string[] = [text(12, 22, title, { 'font-size': 14, 'font-weight': 600 })];
  body.push(text(LEFT + (n * CELL) / 2, TOP - 34, 'Predicted', { 'text-anchor': 'middle' }));
  body.push(
    text(18, TOP + (n * CELL) / 2, 'True', {
      'text-anchor': 'middle',
      transform: `rotate(-90 18 ${TOP + (n * CELL) / 2})`,
    }),
  );
  classNames.forEach((name, i) => {
    body.push(text(LEFT + i * CELL + CELL / 2, TOP - 8, name, { 'text-anchor': 'middle' }));
    body.push(text(LEFT - 8, TOP + i * CELL + CELL / 2 + 4, name, { 'text-anchor': 'end' }));
  });
  counts.forEach((row, t) =>
    row.forEach((count, p) => {
      const share = count / max;
      const x = LEFT + p * CELL;
      const y = TOP + t * CELL;
      const lightness = Math.round(97 - share * 55);
      body.push(
        `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="hsl(243 75% ${lightness}%)" stroke="#ffffff"/>`,
      );
      body.push(
        text(x + CELL / 2, y + CELL / 2 + 5, String(count), {
          'text-anchor': 'middle',
          'font-size': 16,
          fill: share > 0.5 ? '#ffffff' : '#111827',
        }),
      );
    }),
  );
  return svgDocument(Math.max(LEFT + n * CELL + 20, 380), TOP + n * CELL + 20, body);
}

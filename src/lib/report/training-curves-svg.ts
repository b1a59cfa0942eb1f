// The training-curve artifact: loss and accuracy per epoch, training and validation,
// as two side-by-side SVG line charts.
import { round, svgDocument, text } from './svg';

export interface CurvePoint {
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly val_loss: number;
  readonly val_accuracy: number;
}

const PANEL = { width: 320, height: 220, left: 46, right: 12, top: 40, bottom: 36 };
const COLORS = { training: '#4f46e5', validation: '#db2777' };

function panel(
  history: readonly CurvePoint[],
  keys: readonly ['loss', 'val_loss'] | readonly ['accuracy', 'val_accuracy'],
  title: string,
  offsetX: number,
): string[] {
  const values = history.flatMap((h) => keys.map((k) => h[k])).filter(Number.isFinite);
  const yMax = keys[0] === 'accuracy' ? 1 : Math.max(1e-9, ...values);
  const plotWidth = PANEL.width - PANEL.left - PANEL.right;
  const plotHeight = PANEL.height - PANEL.top - PANEL.bottom;
  const lastEpoch = Math.max(1, history.length - 1);
  const x = (epoch: number) => offsetX + PANEL.left + (epoch / lastEpoch) * plotWidth;
  const y = (value: number) => PANEL.top + plotHeight - (value / yMax) * plotHeight;
  const body = [
    text(offsetX + PANEL.left, 24, title, { 'font-weight': 600 }),
    `<rect x="${offsetX + PANEL.left}" y="${PANEL.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#e5e7eb"/>`,
    text(offsetX + PANEL.left - 6, PANEL.top + 4, yMax.toPrecision(2), { 'text-anchor': 'end' }),
    text(offsetX + PANEL.left - 6, PANEL.top + plotHeight + 4, '0', { 'text-anchor': 'end' }),
    text(offsetX + PANEL.left + plotWidth / 2, PANEL.height - 8, 'epoch', {
      'text-anchor': 'middle',
    }),
    text(offsetX + PANEL.left + plotWidth, PANEL.top + plotHeight + 16, String(lastEpoch + 1), {
      'text-anchor': 'end',
    }),
  ];
  keys.forEach((key, i) => {
    const color = i === 0 ? COLORS.training : COLORS.validation;
    const points = history
      .filter((h) => Number.isFinite(h[key]))
      .map((h) => `${round(x(h.epoch))},${round(y(h[key]))}`)
      .join(' ');
    body.push(`<polyline points="${points}" fill="none" stroke="${color}" stroke-width="2"/>`);
    body.push(
      text(offsetX + PANEL.left + plotWidth - 4, PANEL.top + 14 + i * 14, key, {
        'text-anchor': 'end',
        fill: color,
      }),
    );
  });
  return body;
}

export function trainingCurvesSvg(history: readonly CurvePoint[]): string {
  return svgDocument(PANEL.width * 2, PANEL.height, [
    ...panel(history, ['loss', 'val_loss'], 'Loss', 0),
    ...panel(history, ['accuracy', 'val_accuracy'], 'Accuracy', PANEL.width),
  ]);
}

import { describe, expect, it } from 'vitest';
import type { MetricPoint } from '../db/records';
import { groupCharts, summarize } from './metric-charts';

function history(key: string, values: number[]): MetricPoint[] {
  return values.map((value, step) => ({ run_id: 'r', key, value, step, timestamp: step }));
}

describe("a run's metric charts", () => {
  it('pairs training and validation curves, then charts the other histories', () => {
    const charts = groupCharts({
      loss: history('loss', [1, 0.5]),
      val_loss: history('val_loss', [1.1, 0.6]),
      f1: history('f1', [0.5, 0.7, 0.8]),
    });
    expect(charts.map((c) => [c.title, c.series.map((s) => s.label)])).toEqual([
      ['loss', ['loss', 'val_loss']],
      ['f1', ['f1']],
    ]);
    expect(charts[1]?.series[0]?.points).toEqual([
      { x: 0, y: 0.5 },
      { x: 1, y: 0.7 },
      { x: 2, y: 0.8 },
    ]);
  });

  it('draws no chart for metrics logged once (a k-fold fold, a final score)', () => {
    const once = {
      accuracy: history('accuracy', [0.9]),
      val_accuracy: history('val_accuracy', [0.8]),
      f1_macro: history('f1_macro', [0.85]),
    };
    expect(groupCharts(once)).toEqual([]);
    expect(groupCharts({})).toEqual([]);
    expect(summarize(once).map((m) => [m.key, m.latest, m.steps])).toEqual([
      ['accuracy', 0.9, 1],
      ['f1_macro', 0.85, 1],
      ['val_accuracy', 0.8, 1],
    ]);
  });

  it('leaves out the half of a pair that has no curve', () => {
    const charts = groupCharts({
      val_accuracy: history('val_accuracy', [0.5, 0.9]),
      accuracy: history('accuracy', [0.9]),
    });
    expect(charts).toEqual([
      {
        title: 'val_accuracy',
        series: [
          {
            label: 'val_accuracy',
            points: [
              { x: 0, y: 0.5 },
              { x: 1, y: 0.9 },
            ],
          },
        ],
      },
    ]);
  });
});

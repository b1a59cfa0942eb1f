import { describe, expect, it } from 'vitest';
import { armsFromRequests, armsFromTimeline } from './ab-arms';
import type { TimelinePoint } from './traffic-run';

const request = (variant: number, user_id: string | null, label: number | null, predicted = 0) => ({
  variant,
  user_id,
  label,
  predicted,
});

describe('the arms of an A/B test', () => {
  const log = [
    request(0, 'ana', 0),
    request(0, 'ana', 1),
    request(0, 'ana', null),
    request(1, 'bo', 0),
    request(1, null, 0),
    request(1, null, null),
    request(7, 'stray', 0),
  ];

  it('counts users for a sticky split (a request without a user alone), requests otherwise', () => {
    expect(armsFromRequests(['a', 'b'], log, true)).toEqual([
      { name: 'a', units: 1, trials: 2, successes: 1 },
      { name: 'b', units: 3, trials: 2, successes: 2 },
    ]);
    expect(armsFromRequests(['a', 'b'], log, false).map((a) => a.units)).toEqual([3, 3]);
  });

  it('reads the same from a simulation timeline point', () => {
    const point = {
      users: [10, 12],
      requests: [40, 44],
      labelled: [20, 22],
      correct: [15, 21],
    } as unknown as TimelinePoint;
    expect(armsFromTimeline(['a', 'b'], point, true)).toEqual([
      { name: 'a', units: 10, trials: 20, successes: 15 },
      { name: 'b', units: 12, trials: 22, successes: 21 },
    ]);
    expect(armsFromTimeline(['a', 'b'], point, false).map((a) => a.units)).toEqual([40, 44]);
  });
});

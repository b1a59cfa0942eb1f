import { describe, expect, it } from 'vitest';
import { sharesOf } from './shares';

describe('sharesOf', () => {
  it('turns relative weights into shares: percentages and fractions alike', () => {
    expect(sharesOf([90, 10])).toEqual([0.9, 0.1]);
    expect(sharesOf([0.9, 0.1])).toEqual([0.9, 0.1]);
    expect(sharesOf([3, 1, 0])).toEqual([0.75, 0.25, 0]);
  });

  it('splits evenly when nothing weighs, and stays finite for the largest numbers', () => {
    expect(sharesOf([0, 0])).toEqual([0.5, 0.5]);
    expect(sharesOf([Number.MAX_VALUE, Number.MAX_VALUE])).toEqual([0.5, 0.5]);
  });
});

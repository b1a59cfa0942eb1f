import { describe, expect, it } from 'vitest';
import { experimentIdsFromQuery, filterFromQuery, queryFromExperimentIds } from './runs-address';

describe("the Runs page's address", () => {
  it('names the chosen experiments, and nothing for the Default one alone', () => {
    expect(queryFromExperimentIds(['0'])).toBe('');
    expect(experimentIdsFromQuery('')).toEqual(['0']);
    expect(queryFromExperimentIds(['1', '3'])).toBe('experiments=1%2C3');
    expect(experimentIdsFromQuery('experiments=1%2C3')).toEqual(['1', '3']);
    expect(experimentIdsFromQuery('experiments=2')).toEqual(['2']);
  });

  it('keeps an empty choice empty', () => {
    expect(queryFromExperimentIds([])).toBe('experiments=');
    expect(experimentIdsFromQuery('experiments=')).toEqual([]);
  });

  it('opens with the search a link typed in', () => {
    expect(filterFromQuery('filter=params.penalty%20%3D%20%27l2%27')).toBe("params.penalty = 'l2'");
    expect(filterFromQuery('experiments=1')).toBe('');
  });
});

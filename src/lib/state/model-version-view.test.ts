import { describe, expect, it } from 'vitest';
import { versionAddress } from './model-version-view.svelte';

describe('a model version page’s address', () => {
  it('reads <name>/<version>, the name being everything before the last slash', () => {
    expect(versionAddress('iris/3')).toEqual({ name: 'iris', version: 3 });
    expect(versionAddress('my.model-2/12')).toEqual({ name: 'my.model-2', version: 12 });
  });

  it('is not one without a positive whole version or a name', () => {
    for (const bad of ['iris', 'iris/', 'iris/0', 'iris/03', 'iris/2.5', 'iris/v2', '/3', ''])
      expect(versionAddress(bad), bad).toBeNull();
  });
});

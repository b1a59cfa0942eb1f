import { afterEach, describe, expect, it, vi } from 'vitest';
import { offerPersistentStorage, requestPersistentStorage } from './persistence';

/** A browser whose persist() answers `granted`, and a fresh localStorage. */
function browser(granted: boolean) {
  const persist = vi.fn(() => Promise.resolve(granted));
  const items = new Map<string, string>();
  vi.stubGlobal('navigator', { storage: { persist, persisted: () => Promise.resolve(false) } });
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  });
  return persist;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('persistent storage', () => {
  it('is offered on the app’s own initiative once, however many runs follow', async () => {
    const persist = browser(false);
    await offerPersistentStorage();
    await offerPersistentStorage();
    await offerPersistentStorage();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('is asked for again whenever the user asks', async () => {
    const persist = browser(true);
    await offerPersistentStorage();
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(2);
  });

  it('is neither offered nor marked where the browser has no storage API', async () => {
    const persist = browser(true);
    vi.stubGlobal('navigator', {});
    await offerPersistentStorage();
    vi.stubGlobal('navigator', { storage: { persist, persisted: () => Promise.resolve(false) } });
    await offerPersistentStorage();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

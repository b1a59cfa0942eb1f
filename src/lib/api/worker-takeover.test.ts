import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFollowingTakeovers } from './worker-takeover';

/** A page whose service worker container can change controller, and a reload to watch. */
function page(controlled: boolean) {
  const container = Object.assign(new EventTarget(), { controller: controlled ? {} : null });
  const reload = vi.fn();
  vi.stubGlobal('navigator', { serviceWorker: container });
  vi.stubGlobal('location', { reload });
  const takeOver = () => {
    container.controller = {};
    container.dispatchEvent(new Event('controllerchange'));
  };
  return { reload, takeOver };
}

/** msw as far as the page uses it; each start waits until `finish` is called. */
function mockWorker() {
  const finishes: (() => void)[] = [];
  const worker = {
    start: vi.fn(() => new Promise<void>((resolve) => finishes.push(resolve))),
    stop: vi.fn(),
  };
  return { worker, finish: () => finishes.shift()?.() };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('msw follows the worker that controls the page', () => {
  it('starts again when a new worker takes the page over after msw started', async () => {
    const { takeOver, reload } = page(true);
    const { worker, finish } = mockWorker();
    const started = startFollowingTakeovers(worker, { quiet: true }, new AbortController().signal);
    finish();
    await started;
    takeOver();
    expect(worker.stop).toHaveBeenCalledTimes(1);
    expect(worker.start).toHaveBeenCalledTimes(2);
    expect(worker.start).toHaveBeenLastCalledWith({ quiet: true });
    expect(reload).not.toHaveBeenCalled();
  });

  it('loads the page again when a new worker takes it over while msw starts', () => {
    const { takeOver, reload } = page(true);
    const { worker } = mockWorker();
    void startFollowingTakeovers(worker, {}, new AbortController().signal);
    takeOver();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(worker.stop).not.toHaveBeenCalled();
  });

  it('lets the first worker of a first visit take the page over', async () => {
    const { takeOver, reload } = page(false);
    const { worker, finish } = mockWorker();
    const started = startFollowingTakeovers(worker, {}, new AbortController().signal);
    takeOver();
    finish();
    await started;
    expect(reload).not.toHaveBeenCalled();
    expect(worker.start).toHaveBeenCalledTimes(1);
  });

  it('stops following once told to', async () => {
    const { takeOver } = page(true);
    const { worker, finish } = mockWorker();
    const following = new AbortController();
    const started = startFollowingTakeovers(worker, {}, following.signal);
    finish();
    await started;
    following.abort();
    takeOver();
    expect(worker.start).toHaveBeenCalledTimes(1);
  });
});

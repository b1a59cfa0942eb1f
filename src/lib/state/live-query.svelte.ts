// Reactive IndexedDB queries: a Dexie liveQuery whose latest result is rune state,
// subscribed while the component that created it is mounted; and a throttled kind for
// reads too big to repeat on every change.
import { liveQuery } from 'dexie';

export class LiveQuery<T> {
  current = $state.raw<T | undefined>(undefined);
  error = $state<string | null>(null);

  /** Call during component initialisation: the subscription follows the component. */
  constructor(query: () => Promise<T>) {
    $effect(() => {
      const subscription = liveQuery(query).subscribe({
        next: (value) => {
          this.current = value;
          this.error = null;
        },
        error: (error: unknown) =>
          (this.error = error instanceof Error ? error.message : String(error)),
      });
      return () => subscription.unsubscribe();
    });
  }
}

/**
 * A live view of a big read (thousands of runs): a cheap `signal` query (counts, say) is
 * watched live, and `load` runs at once and then after changes, at most once per three
 * times its own last duration (and 150 ms), so that a busy workspace never keeps the page
 * busy more than a third of the time.
 */
export class ThrottledLiveQuery<T> {
  current = $state.raw<T | undefined>(undefined);
  error = $state<string | null>(null);

  constructor(signal: () => Promise<unknown>, load: () => Promise<T>) {
    $effect(() => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let lastEnd = Number.NEGATIVE_INFINITY;
      let lastDuration = 0;
      let running = false;
      let again = false;
      let stopped = false;
      const run = async () => {
        running = true;
        const started = performance.now();
        try {
          const value = await load();
          if (!stopped) [this.current, this.error] = [value, null];
        } catch (error) {
          if (!stopped) this.error = error instanceof Error ? error.message : String(error);
        } finally {
          running = false;
          lastEnd = performance.now();
          lastDuration = lastEnd - started;
          if (again) {
            again = false;
            schedule();
          }
        }
      };
      const schedule = () => {
        if (stopped || timer !== undefined) return;
        if (running) {
          again = true;
          return;
        }
        const gap = Math.max(150, 3 * lastDuration);
        const wait = Math.max(0, lastEnd + gap - performance.now());
        timer = setTimeout(() => {
          timer = undefined;
          void run();
        }, wait);
      };
      const subscription = liveQuery(signal).subscribe({
        next: schedule,
        error: (error: unknown) =>
          (this.error = error instanceof Error ? error.message : String(error)),
      });
      return () => {
        stopped = true;
        clearTimeout(timer);
        subscription.unsubscribe();
      };
    });
  }
}

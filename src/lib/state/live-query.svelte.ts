// Reactive IndexedDB queries: a Dexie liveQuery whose latest result is rune state,
// subscribed while the component that created it is mounted.
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

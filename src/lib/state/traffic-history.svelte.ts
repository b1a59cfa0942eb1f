// Every API request the page has made (the app's own, Swagger UI's, the console's), newest
// first, with a text filter.
import { onTraffic, recentTraffic, type TrafficEntry } from '../api/client';
import { pathAndQuery } from '../http/exchange';

const SHOWN = 300;

export class TrafficHistory {
  entries = $state.raw<TrafficEntry[]>([...recentTraffic()].reverse());
  filter = $state('');

  filtered = $derived.by(() => {
    const needle = this.filter.trim().toLowerCase();
    if (!needle) return this.entries;
    return this.entries.filter((e) =>
      `${e.request.method} ${pathAndQuery(e.request.url)} ${e.response.status}`
        .toLowerCase()
        .includes(needle),
    );
  });

  /** Call during component initialisation: follows the log while the component lives. */
  constructor() {
    $effect(() => onTraffic((entry) => (this.entries = [entry, ...this.entries].slice(0, SHOWN))));
  }
}

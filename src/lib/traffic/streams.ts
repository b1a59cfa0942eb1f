// The random streams of a simulation, all derived from its one seed. The serving side (the
// router's draws and the injected faults) and the traffic side (who asks what, which labels
// come back) draw from separate streams, so that the page can generate traffic while the
// service worker's API serves it, and still reproduce the in-process run draw for draw.
import { seededRandom, type Random } from '../data/random';

/** Streams of whoever serves: the live API and the in-process fast-forward alike. */
export function servingStreams(seed: number): {
  router: Random;
  faults: Random;
  shadowFaults: Random;
} {
  return {
    router: seededRandom(seed ^ 0x5bd1e995),
    faults: seededRandom(seed ^ 0x68e31da4),
    shadowFaults: seededRandom(seed ^ 0x2545f491),
  };
}

/** Streams of the traffic generator, and of the latency that fast-forward makes up. */
export function trafficStreams(seed: number): {
  population: Random;
  feedback: Random;
  latency: Random;
  /** The shadow's own: shadowing leaves the primary's made-up latencies as they were. */
  shadowLatency: Random;
} {
  return {
    population: seededRandom(seed + 1),
    feedback: seededRandom(seed),
    latency: seededRandom(seed ^ 0x1b873593),
    shadowLatency: seededRandom(seed ^ 0x3c6ef372),
  };
}

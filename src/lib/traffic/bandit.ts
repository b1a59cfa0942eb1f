// Multi-armed bandits that move traffic toward the variant that does best on feedback
// (Seldon's routers): epsilon-greedy, UCB1, and Thompson sampling from Beta posteriors of
// each arm's accuracy. A minimum share keeps every arm learning: that share of traffic is
// spread evenly before the algorithm picks.
import type { Random } from '../data/random';
import { betaSampler } from './beta-sampler';

export type BanditAlgorithm = 'epsilon_greedy' | 'ucb1' | 'thompson';

export interface BanditSettings {
  algorithm: BanditAlgorithm;
  /** Epsilon-greedy's exploration rate. */
  epsilon: number;
  /** The least share of traffic each arm gets (0 to 1/arms). */
  min_share: number;
}

export const DEFAULT_BANDIT: BanditSettings = {
  algorithm: 'thompson',
  epsilon: 0.1,
  min_share: 0.05,
};

export class Bandit {
  /** Requests routed to each arm. */
  readonly pulls: number[];
  /** Feedback per arm: right and wrong answers. */
  readonly correct: number[];
  readonly wrong: number[];
  private readonly sampleBeta: (alpha: number, beta: number) => number;

  constructor(
    readonly arms: number,
    readonly settings: BanditSettings,
    private readonly random: Random,
  ) {
    this.pulls = Array.from({ length: arms }, () => 0);
    this.correct = Array.from({ length: arms }, () => 0);
    this.wrong = Array.from({ length: arms }, () => 0);
    this.sampleBeta = betaSampler(random);
  }

  /** Picks up counts kept elsewhere (a stored request log): requests, right and wrong per arm. */
  restore(counts: readonly { pulls: number; correct: number; wrong: number }[]): void {
    counts.forEach((count, arm) => {
      this.pulls[arm] = count.pulls;
      this.correct[arm] = count.correct;
      this.wrong[arm] = count.wrong;
    });
  }

  /** The arm that serves the next request. */
  choose(): number {
    const floor = Math.min(1, this.settings.min_share * this.arms);
    const arm =
      this.random() < floor ? Math.floor(this.random() * this.arms) : this.pickByAlgorithm();
    this.pulls[arm] = (this.pulls[arm] ?? 0) + 1;
    return arm;
  }

  /** Feedback on a request the arm answered. */
  reward(arm: number, wasCorrect: boolean): void {
    const tally = wasCorrect ? this.correct : this.wrong;
    tally[arm] = (tally[arm] ?? 0) + 1;
  }

  /** Each arm's observed accuracy (NaN before feedback). */
  means(): number[] {
    return this.correct.map((c, arm) => c / (c + (this.wrong[arm] ?? 0)));
  }

  /** Each arm's share of the requests routed so far. */
  shares(): number[] {
    const total = this.pulls.reduce((s, p) => s + p, 0);
    return this.pulls.map((p) => (total > 0 ? p / total : 1 / this.arms));
  }

  private labelled(arm: number): number {
    return (this.correct[arm] ?? 0) + (this.wrong[arm] ?? 0);
  }

  private pickByAlgorithm(): number {
    const unlabelled = Array.from({ length: this.arms }, (_, arm) => arm).find(
      (arm) => this.labelled(arm) === 0,
    );
    switch (this.settings.algorithm) {
      case 'epsilon_greedy':
        if (this.random() < this.settings.epsilon) return Math.floor(this.random() * this.arms);
        return unlabelled ?? argmax(this.means());
      case 'ucb1': {
        if (unlabelled !== undefined) return unlabelled;
        const total = Array.from({ length: this.arms }, (_, arm) => this.labelled(arm)).reduce(
          (s, n) => s + n,
          0,
        );
        return argmax(
          this.means().map(
            (mean, arm) => mean + Math.sqrt((2 * Math.log(total)) / this.labelled(arm)),
          ),
        );
      }
      case 'thompson':
        return argmax(
          this.correct.map((c, arm) => this.sampleBeta(1 + c, 1 + (this.wrong[arm] ?? 0))),
        );
    }
  }
}

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) {
    if ((values[i] ?? -Infinity) > (values[best] ?? -Infinity)) best = i;
  }
  return best;
}

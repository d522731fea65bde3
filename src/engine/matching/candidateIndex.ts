import { CANDIDATE_POSTINGS, CandidateSearch, postingsOf } from "./candidateSearch";
import type { Vectors } from "./gramTable";
import { Scatter } from "./scatter";

/** The candidates of one current task: prior tasks priors[0 … count), best first, and their cosines beside them. */
export interface Candidates {
  readonly priors: Int32Array;
  readonly cosines: Float64Array;
  readonly count: number;
}

/**
 * The prior tasks' vectors indexed for one matching job, so that each current task is compared with a few
 * prior tasks, not all of them: `candidates(i)` gives the prior tasks that resemble current task i most
 * (at most `shortlistSize`, from a bounded search of the postings, see candidateSearch.ts) with their exact
 * cosines; `sharedGrams` then tells which n-grams a pair shares. One current task at a time, in any order;
 * what each call returns is valid until the next `candidates` call.
 */
export class CandidateIndex {
  private readonly search: CandidateSearch;
  private readonly scatter: Scatter;
  private readonly priors: Int32Array;
  private readonly cosines: Float64Array;
  /** Per prior task, the current task (plus one) whose candidates list it: a repeat in the shortlist is seen at once. */
  private readonly listedFor: Int32Array;

  /**
   * `current`, `prior`: both sides' vectors over the same `gramCount` n-gram numbers, with each n-gram's
   * document frequency in `df`; `budget`: postings read per current task (Infinity reads them all).
   */
  constructor(
    private readonly current: Vectors,
    private readonly prior: Vectors,
    df: readonly number[],
    gramCount: number,
    shortlistSize: number,
    budget = CANDIDATE_POSTINGS,
  ) {
    const priorCount = prior.start.length - 1;
    this.search = new CandidateSearch(current, postingsOf(prior, priorCount, gramCount), df, priorCount, budget, shortlistSize);
    this.scatter = new Scatter(gramCount);
    this.priors = new Int32Array(shortlistSize);
    this.cosines = new Float64Array(shortlistSize);
    this.listedFor = new Int32Array(priorCount);
  }

  /** Current task i's candidates: each prior task once, best partial score first. */
  candidates(i: number): Candidates {
    this.scatter.load(this.current, i);
    const shortlist = this.search.shortlist(i);
    let count = 0;
    for (let n = 0; n < shortlist.size; n++) {
      const p = shortlist.keys[n];
      if (this.listedFor[p] === i + 1) continue;
      this.listedFor[p] = i + 1;
      this.priors[count++] = p;
    }
    this.scatter.cosines(this.prior, this.priors, count, this.cosines);
    return { priors: this.priors, cosines: this.cosines, count };
  }

  /** The n-grams the last current task asked about shares with prior task p, most telling first; at most `limit`. */
  sharedGrams(p: number, limit: number): number[] {
    return this.scatter.shared(this.prior, p, limit);
  }
}

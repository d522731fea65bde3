import { foldText } from "../text";
import THESAURUS from "./thesaurus.json";

/** One line of government work and the usual words for it (thesaurus.json). */
export interface TopicGroup {
  topic: string;
  words: readonly string[];
}

export const TOPIC_GROUPS: readonly TopicGroup[] = THESAURUS.topics;

/** Text as topic words are looked for in it: NFKC, no spaces, lower case, no quotation marks (能源“双控” is 能源双控). */
const foldForTopics = (text: string) =>
  foldText(text)
    .toLowerCase()
    .replace(/[“”"‘’'「」『』]/gu, "");

/** The topics a text names, as their places in `groups`. */
export function topicsIn(text: string, groups: readonly TopicGroup[] = TOPIC_GROUPS): number[] {
  const folded = foldForTopics(text);
  return groups.flatMap((g, topic) => (g.words.some((word) => folded.includes(foldForTopics(word))) ? [topic] : []));
}

/**
 * Which topics each task names, as bit sets: task d's are bits of words[d·stride … (d + 1)·stride), topic t
 * in word t >> 5, bit t & 31.
 */
export class TopicSets {
  readonly stride: number;
  private readonly words: { topic: number; word: string }[];
  constructor(groups: readonly TopicGroup[] = TOPIC_GROUPS) {
    this.stride = Math.max(1, Math.ceil(groups.length / 32));
    this.words = groups.flatMap((g, topic) => g.words.map((word) => ({ topic, word: foldForTopics(word) })));
  }
  of(texts: readonly string[]): Uint32Array {
    const sets = new Uint32Array(texts.length * this.stride);
    for (let d = 0; d < texts.length; d++) {
      const text = foldForTopics(texts[d]);
      for (const { topic, word } of this.words) if (text.includes(word)) sets[d * this.stride + (topic >> 5)] |= 1 << (topic & 31);
    }
    return sets;
  }
}

/** Whether task i of `a` and task j of `b` (bit sets of the same TopicSets) name a topic in common. */
export function shareTopic(a: Uint32Array, i: number, b: Uint32Array, j: number, stride: number): boolean {
  for (let k = 0; k < stride; k++) if ((a[i * stride + k] & b[j * stride + k]) !== 0) return true;
  return false;
}

/**
 * A 国民经济和社会发展计划 text is prose: targets sit in sentences and "──" bullet clauses, not in a table.
 * Each sentence keeps the line it is on, so a target found in it can be pointed at in the file.
 */
export interface PlanSentence {
  /** 1-based line of the text file. */
  line: number;
  /** 1-based position of the sentence in the text. */
  index: number;
  text: string;
}

const SENTENCE_END = /[^。；;！？!?]+[。；;！？!?]?/gu;

export function planSentences(text: string): PlanSentence[] {
  const sentences: PlanSentence[] = [];
  text.split(/\r\n|\r|\n/u).forEach((raw, i) => {
    const paragraph = raw.replace(/^[\s　]*(──|—{1,2}|-{2})?/u, "").trim();
    if (paragraph === "") return;
    for (const match of paragraph.matchAll(SENTENCE_END)) {
      const sentence = match[0].trim();
      // Fragments without a Han character (page numbers, stray punctuation) are not sentences.
      if (/\p{Script=Han}/u.test(sentence)) sentences.push({ line: i + 1, index: sentences.length + 1, text: sentence });
    }
  });
  return sentences;
}

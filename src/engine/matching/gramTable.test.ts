import fc from "fast-check";
import { GramTable } from "./gramTable";
import { nGrams } from "./ngrams";

/** Characters of every class the fast path reads, and of the ones it must leave to `nGrams`. */
const PIECES = [
  "高新技术企业",
  "适老化改造",
  "G60",
  "PM2.5",
  "ＡＢｃ１２",
  "（一）",
  "，",
  "、",
  "。",
  "“",
  "”",
  "《》",
  "　",
  " ",
  "\t",
  "\r\n",
  "𠮷野家",
  "😀",
  "é",
  "e\u0301",
  "ﬁ",
  "①",
  "㎡",
  "Ⅻ",
  "ｶ",
  "ß",
  "İ",
  "—",
  "…",
  "0",
  "%",
  "％",
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 10 }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
);

describe("GramTable", () => {
  it("numbers exactly the n-grams nGrams lists, in its order and with its counts, whatever the characters", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        const table = new GramTable();
        texts.forEach((t) => table.add(t));
        texts.forEach((t, doc) => expect(table.documentGrams(doc)).toEqual([...nGrams(t)]));
        // Document frequency: the number of texts each n-gram occurs in.
        table.text.forEach((gram, id) => expect(table.df[id]).toBe(texts.filter((t) => nGrams(t).has(gram)).length));
      }),
      { numRuns: 400 },
    );
  });

  it("keeps its numbers apart past the first table size (the hash table grows)", () => {
    const table = new GramTable();
    const texts = Array.from({ length: 3000 }, (_, k) =>
      String.fromCharCode(0x4e00 + ((k * 7) % 20000), 0x4e00 + ((k * 13) % 20000), 0x4e00 + ((k * 31) % 20000), 0x4e00 + k),
    );
    texts.forEach((t) => table.add(t));
    expect(new Set(table.text).size).toBe(table.text.length);
    texts.forEach((t, doc) => expect(table.documentGrams(doc)).toEqual([...nGrams(t)]));
  });
});

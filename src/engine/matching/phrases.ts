/** The shared trigrams and bigrams merged back into phrases ("高新技术企业"), longest first. */
export function sharedPhrases(shared: readonly number[], gramText: readonly string[], limit = 5): string[] {
  const phrases: string[] = [];
  for (const id of shared) {
    const gram = gramText[id];
    if (gram.length < 2) continue;
    const head = gram.slice(0, -1);
    // The first phrase that holds the n-gram, lies in it, or overlaps it by all but one character at either
    // end; the last characters are compared first because most pairs differ there.
    const lastOfHead = head.charCodeAt(head.length - 1);
    const lastOfGram = gram.charCodeAt(gram.length - 1);
    let at = -1;
    for (let k = 0; k < phrases.length; k++) {
      const p = phrases[k];
      if (
        p.includes(gram) ||
        (p.length <= gram.length && gram.includes(p)) ||
        (p.charCodeAt(p.length - 1) === lastOfHead && p.endsWith(head)) ||
        (p.charCodeAt(p.length - 2) === lastOfGram && gram.endsWith(p.slice(0, -1)))
      ) {
        at = k;
        break;
      }
    }
    if (at < 0) phrases.push(gram);
    else if (phrases[at].endsWith(head) && !phrases[at].includes(gram)) phrases[at] += gram.slice(-1);
    else if (gram.includes(phrases[at])) phrases[at] = gram;
  }
  return phrases.sort((a, b) => b.length - a.length).slice(0, limit);
}

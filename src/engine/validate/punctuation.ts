/**
 * Half-width punctuation inside Chinese text, turned full width only where the text around it is Chinese,
 * so that decimals (110.95), thousands (1,000), times (8:30), ranges (1-6月) and codes (G60, PM2.5) stay.
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e\u201c\u201d\u2018\u2019\u2014\u2026]/u;
const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）" };

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function neighbour(chars: string[], from: number, step: 1 | -1): string | undefined {
  for (let i = from + step; i >= 0 && i < chars.length; i += step) {
    if (chars[i] !== " ") return chars[i];
  }
  return undefined;
}

/** Positions of the half-width marks that should be full width. */
export function halfWidthPunctuationPositions(text: string): number[] {
  const chars = Array.from(text);
  const positions: number[] = [];
  const open: number[] = [];
  const pairs = new Map<number, number>();
  chars.forEach((ch, i) => {
    if (ch === "(") open.push(i);
    else if (ch === ")" && open.length > 0) pairs.set(open.pop() as number, i);
  });
  const pairedClose = new Map<number, number>([...pairs].map(([o, c]) => [c, o]));

  chars.forEach((ch, i) => {
    const before = neighbour(chars, i, -1);
    const after = neighbour(chars, i, 1);
    if (ch === "," || ch === ";" || ch === ":") {
      if ((ch === "," || ch === ":") && isDigit(before) && isDigit(after)) return;
      if (isCjk(before) || isCjk(after)) positions.push(i);
    } else if (ch === "(") {
      const close = pairs.get(i);
      const inside = close === undefined ? "" : chars.slice(i + 1, close).join("");
      const outsideAfter = close === undefined ? after : neighbour(chars, close, 1);
      if (isCjk(before) || isCjk(outsideAfter) || CJK.test(inside) || (close === undefined && isCjk(after))) {
        positions.push(i);
        if (close !== undefined) positions.push(close);
      }
    } else if (ch === ")" && !pairedClose.has(i)) {
      if (isCjk(before) || isCjk(after)) positions.push(i);
    }
  });
  return positions.sort((a, b) => a - b);
}

export function toFullWidthPunctuation(text: string): string {
  const positions = new Set(halfWidthPunctuationPositions(text));
  if (positions.size === 0) return text;
  return Array.from(text)
    .map((ch, i) => (positions.has(i) ? FULL_WIDTH[ch] : ch))
    .join("");
}

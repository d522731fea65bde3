/**
 * `--json` written in pieces (src/cli/io.ts): the same text JSON.stringify(document, null, 2) gives, for any
 * value and for a real analysis, so the public JSON does not change by a byte.
 */
import fc from "fast-check";
import { jsonPieces, printJson, type CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { fixture } from "./runCli";

/** An IO that keeps what is written through each of its doors. */
function capture(): CliIO & { lines: string; raw: string; writes: number } {
  const io = {
    lines: "",
    raw: "",
    writes: 0,
    out: (text: string) => void (io.lines += `${text}\n`),
    err: () => undefined,
    write: (chunk: string) => {
      io.raw += chunk;
      io.writes++;
    },
  };
  return io;
}

describe("JSON in pieces", () => {
  it("is JSON.stringify's text for any value", () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true, withObjectString: true }), (value) => {
        expect([...jsonPieces(value, "", 0)].join("")).toBe(JSON.stringify(value, null, 2) ?? "null");
      }),
      { numRuns: 500 },
    );
  });

  it("is JSON.stringify's text for nested documents of many items", () => {
    const document = { a: [1, { b: [2, [3, { c: undefined, d: () => 1 }], []] }, undefined], e: {}, f: new Date(0), g: '行\n"引"' };
    expect([...jsonPieces(document, "", 0)].join("")).toBe(JSON.stringify(document, null, 2));
  });

  it("writes the analysis of the sample as one document, in several pieces, the same as whole", async () => {
    const whole = capture();
    const pieces = capture();
    const args = ["analyze", fixture("sample.xlsx"), "--as-of", "2021-06-30", "--json"];
    expect(await main(args, { out: whole.out, err: whole.err })).toBe(0);
    expect(await main(args, pieces)).toBe(0);
    expect(pieces.lines).toBe("");
    expect(pieces.raw).toBe(whole.lines);
    expect(pieces.writes).toBeGreaterThan(1);
    expect(JSON.parse(pieces.raw)).toHaveProperty("sheets");
  });

  it("makes the next piece only once a full output has taken the last (a pipe read slowly)", async () => {
    const document = { rows: Array.from({ length: 20_000 }, (_, i) => ({ 序号: i, 任务: `推进第${i}项重点工作` })) };
    let waiting = 0;
    let mostWaiting = 0;
    let raw = "";
    const writes: Promise<void>[] = [];
    const done = printJson(
      {
        out: () => {},
        err: () => {},
        write: (chunk) => {
          raw += chunk;
          mostWaiting = Math.max(mostWaiting, ++waiting);
          // Full: drains a moment later.
          const drained = new Promise<void>((resolve) => setTimeout(resolve, 1)).then(() => void waiting--);
          writes.push(drained);
          return drained;
        },
      },
      document,
    );
    await done;
    expect(writes.length).toBeGreaterThan(3);
    expect(mostWaiting).toBe(1);
    expect(raw).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it("goes out whole through an IO without raw writes", async () => {
    const io = capture();
    await printJson({ out: io.out, err: io.err }, { x: [1, 2] });
    expect(io.lines).toBe(`${JSON.stringify({ x: [1, 2] }, null, 2)}\n`);
  });
});

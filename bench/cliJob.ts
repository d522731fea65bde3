/**
 * The command line's `analyze` in a process of its own, to tell its reading from the rest (see scale.bench.ts).
 *
 * `node cliJob.js read CURRENT PRIOR`: reads the two workbooks as `analyze` without --out reads them (readSheets:
 * the file checked and its sheets' XML streamed into grids); prints {readMs}. `read-model` reads them as a
 * command that writes does (loadWorkbook: ExcelJS's model, then the grids), for comparison.
 * `node cliJob.js job CURRENT PRIOR`: runs `taizhang analyze CURRENT --prior PRIOR --as-of 2021-06-30 --json`
 * through the command line's own main(), its JSON thrown away; prints {jobMs, peakRssMb, exit}. The peak is the
 * whole process's (Node and the modules included).
 */
import { main } from "../src/cli/main";
import { loadWorkbook, readSheets } from "../src/cli/workbookInput";

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function run(): Promise<void> {
  const [mode, current, prior] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  if (mode === "read" || mode === "read-model") {
    const read = mode === "read" ? readSheets : loadWorkbook;
    await read(current);
    await read(prior);
    process.stdout.write(JSON.stringify({ readMs: since(start), peakRssMb: peakRssMb() }));
    return;
  }
  let errors = "";
  const exit = await main(["analyze", current, "--prior", prior, "--as-of", "2021-06-30", "--json"], {
    out: () => undefined,
    // As the command line writes --json: in pieces, none of them kept.
    write: () => undefined,
    err: (text) => void (errors += text),
  });
  if (exit !== 0) throw new Error(`analyze failed (${exit}): ${errors}`);
  process.stdout.write(JSON.stringify({ jobMs: since(start), peakRssMb: peakRssMb(), exit }));
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

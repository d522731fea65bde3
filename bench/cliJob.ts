/**
 * The command line's `analyze` in a process of its own, to tell its reading from the rest (see scale.bench.ts).
 *
 * `node cliJob.js read CURRENT PRIOR`: reads the two workbooks as the command line reads them (loadWorkbook: the
 * file checked, unpacked and turned into grids); prints {readMs}.
 * `node cliJob.js job CURRENT PRIOR`: runs `taizhang analyze CURRENT --prior PRIOR --as-of 2021-06-30 --json`
 * through the command line's own main(), its JSON thrown away; prints {jobMs, peakRssMb, exit}. The peak is the
 * whole process's (Node and the modules included).
 */
import { main } from "../src/cli/main";
import { loadWorkbook } from "../src/cli/workbookInput";

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function run(): Promise<void> {
  const [mode, current, prior] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  if (mode === "read") {
    await loadWorkbook(current);
    await loadWorkbook(prior);
    process.stdout.write(JSON.stringify({ readMs: since(start) }));
    return;
  }
  let errors = "";
  const exit = await main(["analyze", current, "--prior", prior, "--as-of", "2021-06-30", "--json"], {
    out: () => undefined,
    err: (text) => void (errors += text),
  });
  if (exit !== 0) throw new Error(`analyze failed (${exit}): ${errors}`);
  process.stdout.write(JSON.stringify({ jobMs: since(start), peakRssMb: peakRssMb(), exit }));
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

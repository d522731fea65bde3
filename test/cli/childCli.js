/** The command line run from its TypeScript source in a process of its own (see ../transpileHook.js). */
require("../transpileHook");

require("../../src/cli/main")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });

import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * A folder of the system's temporary files for one test file (made before its tests, removed after them), and
 * `write`, which puts a file there and answers its path.
 */
export function tempFolder(prefix: string): { dir: () => string; write: (name: string, bytes: Buffer | string) => Promise<string> } {
  let dir = "";
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  return {
    dir: () => dir,
    write: async (name, bytes) => {
      const file = path.join(dir, name);
      await fs.writeFile(file, bytes);
      return file;
    },
  };
}

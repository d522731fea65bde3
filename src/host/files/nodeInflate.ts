import * as zlib from "node:zlib";
import { DamagedEntry, type InflateRaw } from "./inflate";

/** Raw deflate through Node's zlib, in 256 KB chunks: the command line's and the tests' inflate step. */
export const nodeInflateRaw: InflateRaw = (data, each) =>
  new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    inflate.on("data", (chunk: Buffer) => {
      try {
        each(chunk);
      } catch (error) {
        inflate.destroy();
        reject(error as Error);
      }
    });
    inflate.on("end", resolve);
    inflate.on("error", () => reject(new DamagedEntry("inflate")));
    inflate.end(data);
  });

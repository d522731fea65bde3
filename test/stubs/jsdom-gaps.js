// What jsdom lacks and the pane uses, for tests under the jsdom environment only:
// - ResizeObserver: Fluent UI's MessageBar measures itself with one; jsdom has no layout, so one that never
//   reports is what such a page would give.
// - TextDecoder: the pane decodes picked .txt files with it (every browser has it, GB18030 included); Node's is
//   the same WHATWG API.
if (typeof window !== "undefined") {
  if (typeof window.ResizeObserver === "undefined") {
    window.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (typeof window.TextDecoder === "undefined") window.TextDecoder = require("node:util").TextDecoder;
}

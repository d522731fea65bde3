// jsdom has no layout. Fluent UI's MessageBar measures itself with a ResizeObserver, which jsdom lacks; one that
// never reports is what a page without layout would give. Only for tests under the jsdom environment.
if (typeof window !== "undefined" && typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

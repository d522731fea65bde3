import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (npm test installs it); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Chromium headless and offline: no sandbox (containers), no GPU, and none of its own network traffic (updates,
 * sync, QUIC), so a test that checks the page asked for nothing but the local server sees only the page's own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

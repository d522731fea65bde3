import * as path from "node:path";
import type { Locator, Page } from "playwright-core";

/** Where the browser tests leave their pictures, and the task pane's width in them (Excel's narrowest, about). */
export const SHOTS = path.join(__dirname, "..", "..", "test-results", "screenshots");
export const PANE_WIDTH = 350;

/** The preview's pane column at PANE_WIDTH, as a task pane is. */
export async function narrowPane(page: Page): Promise<void> {
  await page.addStyleTag({ content: `[data-testid="pane"] { width: ${PANE_WIDTH}px; box-sizing: border-box; justify-self: end; }` });
}

/**
 * A picture of the pane (or `target`) once nothing moves (a spinner's endless animation is not waited for);
 * nothing in the pane may be wider than it. The picture is taken first, so what does not fit is there to look at.
 */
export async function paneShot(page: Page, name: string, target: Locator = page.getByTestId("pane")): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity));
  const pane = page.getByTestId("pane");
  expect((await pane.boundingBox())?.width).toBe(PANE_WIDTH);
  const overflow = await pane.evaluate((el) => {
    const right = el.getBoundingClientRect().right;
    return [...el.querySelectorAll("*")]
      .filter((leaf) => leaf.getBoundingClientRect().right > right + 0.5 && leaf.getBoundingClientRect().width > 0)
      .map((leaf) => `${leaf.tagName}.${leaf.className}`.slice(0, 80));
  });
  await target.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  expect([name, await pane.evaluate((el) => el.scrollWidth <= el.clientWidth), overflow]).toEqual([name, true, []]);
}

import type { Page } from 'playwright-core';

/**
 * Runs in the page: true once it is still, no animation or transition running (Fluent UI's fades;
 * `document.getAnimations()` lists CSS transitions, CSS animations and Web Animations) and every
 * element's box the same as at the previous poll. Synchronous, because `waitForFunction` takes any
 * truthy value, a Promise included, as done. No named function inside: tsx would wrap it in a
 * `__name` helper the page does not have.
 */
function still(): boolean {
  const page = window as unknown as { danvanBoxes?: string };
  let boxes = '';
  for (const element of Array.from(document.querySelectorAll('body *'))) {
    const r = element.getBoundingClientRect();
    boxes += `${r.x},${r.y},${r.width},${r.height};`;
  }
  const moving = document.getAnimations().some((a) => a.playState === 'running' || a.pending);
  const same = page.danvanBoxes === boxes;
  page.danvanBoxes = boxes;
  return !moving && same;
}

/** Resolves once the page is still (see `still`) at two polls 100 ms apart: a screenshot then shows the pane at rest. */
export async function settled(page: Page, timeout = 10_000): Promise<void> {
  await page.evaluate(() => {
    delete (window as unknown as { danvanBoxes?: string }).danvanBoxes;
  });
  await page.waitForFunction(still, undefined, { timeout, polling: 100 });
}

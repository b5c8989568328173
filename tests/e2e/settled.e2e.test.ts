import type { Browser } from 'playwright-core';
import { describeWith } from '../helpers/requires';
import { CHROMIUM_NEED, launchChromium } from './browser';
import { settled } from './settled';

describeWith([CHROMIUM_NEED], 'settled (chromium)', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should wait for a running transition to end and the layout to stop moving', async () => {
    if (browser === undefined) throw new Error('the browser did not start');
    const page = await browser.newPage();
    await page.setContent('<div id="box" style="width:10px;height:10px;transition:width 800ms linear"></div>');
    await page.evaluate('requestAnimationFrame(() => { document.getElementById("box").style.width = "300px"; })');
    await page.waitForFunction('document.getAnimations().length > 0');
    await settled(page);
    await expect(page.evaluate('[document.getElementById("box").getBoundingClientRect().width, document.getAnimations().length]')).resolves.toEqual([300, 0]);
  });
});

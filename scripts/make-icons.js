#!/usr/bin/env node
/**
 * Renders assets/icon-*.png from assets/icon.svg (and icon-small.svg for 16 px) with a headless
 * Chromium, so the PNGs can be remade after the mark changes:
 *   node scripts/make-icons.js            (CHROMIUM=/path/to/chrome to use another browser)
 */
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const ASSETS = path.resolve(__dirname, '..', 'assets');
const SIZES = [16, 32, 64, 80, 128];

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      const source = size <= 16 ? 'icon-small.svg' : 'icon.svg';
      const svg = fs
        .readFileSync(path.join(ASSETS, source), 'utf8')
        .replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const file = path.join(ASSETS, `icon-${size}.png`);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true });
      console.log(file);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

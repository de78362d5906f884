/**
 * Renders the demo document images into db/seeds/demo/images/.
 *
 *   npx tsx db/seeds/demo/generate-images.ts
 *
 * Needs Debian's Chromium at /usr/bin/chromium and the font package
 * fonts-wqy-microhei. Each image is an HTML page (templates.ts) captured as
 * a JPEG, at the highest quality in QUALITY_STEPS that keeps it under
 * MAX_BYTES. Images marked `oversized` are rendered large and must end up
 * over the 204,800-byte upload limit; the GIF is encoded by gif.ts from a
 * PNG capture. Files in the folder that no application uses are deleted.
 * The browser may load nothing but data: and about: URLs and 127.0.0.1.
 */
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { planDemoApplications } from './applications';
import { encodeGif } from './gif';
import { DEMO_IMAGES_DIR, type DemoImageSpec } from './images';
import { renderTemplate } from './templates';

/** Upload limit of the rules: 200 KiB. */
const UPLOAD_LIMIT_BYTES = 204_800;
/** Ordinary images stay this far under the limit. */
const MAX_BYTES = 120_000;
/** Scans of printed text stay legible at these JPEG qualities; 46 keeps the folder under 6 MB. */
const QUALITY_STEPS = [46, 40, 36];
/**
 * Oversized images are tried from the highest quality down and the first
 * capture not over OVERSIZED_MAX_BYTES is kept, unless it falls below
 * OVERSIZED_MIN_BYTES, which keeps a clear margin over the limit.
 */
const OVERSIZED_MIN_BYTES = 235_000;
const OVERSIZED_MAX_BYTES = 300_000;
const OVERSIZED_QUALITY_STEPS = [92, 86, 80, 74, 68];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function isAllowedUrl(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('about:')) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1' || hostname === '[::1]';
  } catch {
    return false;
  }
}

async function render(page: Page, spec: DemoImageSpec): Promise<Buffer> {
  await page.setViewportSize({ width: spec.width, height: spec.height });
  await page.setContent(renderTemplate(spec), { waitUntil: 'load' });
  const clip = { x: 0, y: 0, width: spec.width, height: spec.height };

  if (spec.format === 'gif') {
    const png = await page.screenshot({ type: 'png', clip });
    const rgba = await decodePng(page, png);
    return encodeGif(spec.width, spec.height, rgba);
  }
  if (spec.format === 'png') {
    return page.screenshot({ type: 'png', clip });
  }
  if (spec.oversized) {
    let chosen: Buffer | undefined;
    for (const quality of OVERSIZED_QUALITY_STEPS) {
      const image = await page.screenshot({ type: 'jpeg', quality, clip });
      if (image.length < OVERSIZED_MIN_BYTES) break;
      chosen = image;
      if (image.length <= OVERSIZED_MAX_BYTES) break;
    }
    if (!chosen) {
      throw new Error(
        `${spec.file} should have at least ${OVERSIZED_MIN_BYTES} bytes but has fewer even at JPEG quality ${OVERSIZED_QUALITY_STEPS[0]}`,
      );
    }
    return chosen;
  }
  for (const quality of QUALITY_STEPS) {
    const image = await page.screenshot({ type: 'jpeg', quality, clip });
    if (image.length <= MAX_BYTES) return image;
  }
  throw new Error(`${spec.file} stays over ${MAX_BYTES} bytes even at JPEG quality ${QUALITY_STEPS.at(-1)}`);
}

/** Decodes a PNG to RGBA bytes with the browser's own decoder. */
async function decodePng(page: Page, png: Buffer): Promise<Uint8Array> {
  const base64 = await page.evaluate(async (data: string) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000) {
      binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  }, png.toString('base64'));
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

async function main(): Promise<void> {
  const { images } = planDemoApplications(new Date());
  mkdirSync(DEMO_IMAGES_DIR, { recursive: true });

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  let total = 0;
  try {
    const context = await browser.newContext({ deviceScaleFactor: 1 });
    await context.route('**/*', (route) =>
      isAllowedUrl(route.request().url()) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    for (const spec of images) {
      const bytes = await render(page, spec);
      writeFileSync(path.join(DEMO_IMAGES_DIR, spec.file), bytes);
      total += bytes.length;
      console.log(`${spec.file}\t${spec.width}x${spec.height}\t${bytes.length} bytes`);
    }
  } finally {
    await browser.close();
  }

  const wanted = new Set(images.map((spec) => spec.file));
  for (const file of readdirSync(DEMO_IMAGES_DIR)) {
    if (/\.(jpe?g|png|gif)$/i.test(file) && !wanted.has(file)) {
      unlinkSync(path.join(DEMO_IMAGES_DIR, file));
      console.log(`deleted unused ${file}`);
    }
  }
  console.log(`${images.length} images, ${total} bytes in ${DEMO_IMAGES_DIR}`);
}

main().catch((error: unknown) => {
  console.error('generating the demo images failed:', error);
  process.exitCode = 1;
});

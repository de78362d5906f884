/**
 * A minimal GIF89a encoder (one frame, fixed 252-colour palette, ordered
 * dithering, LZW), used to produce the demo's GIF disguised as a JPEG.
 */

const LEVELS_R = 6;
const LEVELS_G = 7;
const LEVELS_B = 6;

/** Builds the 6×7×6 colour cube, padded with black to 256 entries. */
function palette(): Buffer {
  const table = Buffer.alloc(256 * 3);
  let i = 0;
  for (let r = 0; r < LEVELS_R; r++) {
    for (let g = 0; g < LEVELS_G; g++) {
      for (let b = 0; b < LEVELS_B; b++) {
        table[i++] = Math.round((r * 255) / (LEVELS_R - 1));
        table[i++] = Math.round((g * 255) / (LEVELS_G - 1));
        table[i++] = Math.round((b * 255) / (LEVELS_B - 1));
      }
    }
  }
  return table;
}

const BAYER_4X4 = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5];

/** Maps RGBA pixels to palette indices with a 4×4 ordered dither. */
function quantize(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const indices = new Uint8Array(width * height);
  const level = (value: number, levels: number, threshold: number) =>
    Math.min(levels - 1, Math.floor((value / 255) * (levels - 1) + threshold));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      const threshold = (BAYER_4X4[(y % 4) * 4 + (x % 4)] + 0.5) / 16;
      const r = level(rgba[p], LEVELS_R, threshold);
      const g = level(rgba[p + 1], LEVELS_G, threshold);
      const b = level(rgba[p + 2], LEVELS_B, threshold);
      indices[y * width + x] = (r * LEVELS_G + g) * LEVELS_B + b;
    }
  }
  return indices;
}

/** Variable-length LZW as GIF uses it, 8-bit root codes, codes up to 12 bits. */
function lzw(indices: Uint8Array): Buffer {
  const minCodeSize = 8;
  const clearCode = 1 << minCodeSize;
  const endCode = clearCode + 1;
  const bytes: number[] = [];
  let bitBuffer = 0;
  let bitCount = 0;
  let codeSize = minCodeSize + 1;
  let nextCode = endCode + 1;
  let table = new Map<number, number>();

  const write = (code: number) => {
    bitBuffer |= code << bitCount;
    bitCount += codeSize;
    while (bitCount >= 8) {
      bytes.push(bitBuffer & 0xff);
      bitBuffer >>>= 8;
      bitCount -= 8;
    }
    // The decoder widens its codes once the next free code needs one more bit.
    if (nextCode === 1 << codeSize && codeSize < 12) codeSize++;
  };

  write(clearCode);
  let prefix = indices[0];
  for (let i = 1; i < indices.length; i++) {
    const k = indices[i];
    const key = prefix * 256 + k;
    const known = table.get(key);
    if (known !== undefined) {
      prefix = known;
      continue;
    }
    write(prefix);
    if (nextCode < 4096) {
      table.set(key, nextCode++);
    } else {
      write(clearCode);
      table = new Map();
      codeSize = minCodeSize + 1;
      nextCode = endCode + 1;
    }
    prefix = k;
  }
  write(prefix);
  write(endCode);
  if (bitCount > 0) bytes.push(bitBuffer & 0xff);

  const out: number[] = [minCodeSize];
  for (let i = 0; i < bytes.length; i += 255) {
    const block = bytes.slice(i, i + 255);
    out.push(block.length, ...block);
  }
  out.push(0);
  return Buffer.from(out);
}

/** Encodes RGBA pixels (alpha ignored) as a single-frame GIF89a. */
export function encodeGif(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new Error(`expected ${width * height * 4} RGBA bytes, got ${rgba.length}`);
  }
  const header = Buffer.alloc(13);
  header.write('GIF89a', 0, 'ascii');
  header.writeUInt16LE(width, 6);
  header.writeUInt16LE(height, 8);
  header[10] = 0xf7; // global colour table of 256 entries, 8-bit colour resolution
  const descriptor = Buffer.alloc(10);
  descriptor[0] = 0x2c;
  descriptor.writeUInt16LE(width, 5);
  descriptor.writeUInt16LE(height, 7);
  return Buffer.concat([
    header,
    palette(),
    descriptor,
    lzw(quantize(width, height, rgba)),
    Buffer.from([0x3b]),
  ]);
}

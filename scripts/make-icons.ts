/**
 * Draws the Teams app icons (a 192x192 colour icon and a 32x32 white outline icon) as PNGs
 * with no image library: a spine with a nerve curving down from it, on the brand teal.
 * Run once after changing the design: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges.
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        for (let c = 0; c < 4; c++) acc[c]! += p[c]! / 16;
      }
      acc.forEach((v, c) => (rows[y * (size * 4 + 1) + 1 + x * 4 + c] = Math.round(v)));
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** Is (x, y) on the design: three vertebrae and a nerve curving down to the right. */
function onDesign(x: number, y: number, stroke: number): boolean {
  const vertebrae = [0.24, 0.4, 0.56].some((cy) => Math.abs(x - 0.42) < 0.1 && Math.abs(y - cy) < 0.055);
  const t = (y - 0.3) / 0.5;
  const nerveX = 0.5 + 0.18 * Math.sin(t * Math.PI * 0.9) + 0.06 * t;
  const nerve = t >= 0 && t <= 1 && Math.abs(x - nerveX) < stroke;
  return vertebrae || nerve;
}

const teal: Rgba = [15, 110, 110, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [0, 0, 0, 0];

const color = png(192, (x, y) => (onDesign(x, y, 0.035) ? white : teal));
const outline = png(32, (x, y) => (onDesign(x, y, 0.05) ? white : clear));
const dir = resolve(__dirname, '..', 'appPackage');
writeFileSync(resolve(dir, 'color.png'), color);
writeFileSync(resolve(dir, 'outline.png'), outline);
console.log('wrote appPackage/color.png (192x192) and appPackage/outline.png (32x32)');

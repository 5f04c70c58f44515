/**
 * Draws the Teams app icons (a 192x192 colour icon and a 32x32 white outline icon) as PNGs
 * with no image library: a chat bubble holding a spine with its nerve, on the brand teal.
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

/** Signed distance from (x, y) to a rounded rectangle centred at (cx, cy): negative inside. */
function roundedRect(x: number, y: number, cx: number, cy: number, halfW: number, halfH: number, r: number): number {
  const qx = Math.abs(x - cx) - halfW + r;
  const qy = Math.abs(y - cy) - halfH + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Is (x, y) inside the triangle a-b-c? */
function inTriangle(x: number, y: number, [a, b, c]: [number, number][]): boolean {
  const side = (p: [number, number], q: [number, number]) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const [d1, d2, d3] = [side(a!, b!), side(b!, c!), side(c!, a!)];
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Distance to the sciatic nerve: a curve leaving the lower spine and running down and out. */
function nerveDistance(x: number, y: number): number {
  let best = Infinity;
  for (let i = 0; i <= 40; i++) {
    const t = i / 40;
    const [px, py] = [0.5 + 0.16 * t + 0.04 * Math.sin(t * Math.PI), 0.5 + 0.16 * t];
    best = Math.min(best, Math.hypot(x - px, y - py));
  }
  return best;
}

const BUBBLE_TAIL: [number, number][] = [[0.27, 0.66], [0.22, 0.84], [0.46, 0.7]];
const bubble = (x: number, y: number) => roundedRect(x, y, 0.5, 0.44, 0.36, 0.28, 0.12);
/** Three vertebrae, slightly curved like a lower back. */
const vertebra = (x: number, y: number) => Math.min(...[0.31, 0.43, 0.55].map((cy, i) => roundedRect(x, y, 0.42 + 0.02 * i, cy, 0.09, 0.045, 0.03)));

const teal: Rgba = [15, 110, 110, 255];
const mint: Rgba = [43, 179, 160, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [0, 0, 0, 0];

/** Colour icon: a white chat bubble on the brand teal, with a spine and its nerve inside. */
const color = png(192, (x, y) => {
  if (vertebra(x, y) < 0) return teal;
  if (nerveDistance(x, y) < 0.028 && bubble(x, y) < -0.04) return mint;
  if (bubble(x, y) < 0 || inTriangle(x, y, BUBBLE_TAIL)) return white;
  return teal;
});

/** Outline icon (Teams wants white on transparent): the bubble's outline and the spine. */
const outline = png(32, (x, y) => {
  const edge = Math.abs(bubble(x, y)) < 0.045 && !(inTriangle(x, y, BUBBLE_TAIL) && bubble(x, y) > 0 && y < 0.75);
  const tail = inTriangle(x, y, BUBBLE_TAIL) && bubble(x, y) > 0;
  return edge || tail || vertebra(x, y) < 0 ? white : clear;
});
const dir = resolve(__dirname, '..', 'appPackage');
writeFileSync(resolve(dir, 'color.png'), color);
writeFileSync(resolve(dir, 'outline.png'), outline);
console.log('wrote appPackage/color.png (192x192) and appPackage/outline.png (32x32)');

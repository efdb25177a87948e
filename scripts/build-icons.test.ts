import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIcons, ICNS_TYPES, ICO_SIZES, icns, LINUX_SIZES } from './build-icons.ts';

const BUILD = path.resolve(import.meta.dirname, '..', 'build');
const tmp = mkdtempSync(path.join(tmpdir(), 'dw-icons-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A PNG's width and height from its IHDR chunk; throws for anything else. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(data.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The sizes a Windows .ico holds (0 in its directory means 256). */
function icoSizes(data: Buffer): number[] {
  expect(data.readUInt16LE(0)).toBe(0);
  expect(data.readUInt16LE(2)).toBe(1);
  const count = data.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const width = data[entry] || 256;
    expect(data[entry + 1] || 256).toBe(width);
    const length = data.readUInt32LE(entry + 8);
    const offset = data.readUInt32LE(entry + 12);
    expect(offset + length).toBeLessThanOrEqual(data.length);
    return width;
  });
}

/** An icns file's entries: type and the PNG's size. */
function icnsEntries(data: Buffer): { type: string; size: number }[] {
  expect(data.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(data.readUInt32BE(4)).toBe(data.length);
  const entries = [];
  for (let at = 8; at < data.length;) {
    const type = data.subarray(at, at + 4).toString('latin1');
    const length = data.readUInt32BE(at + 4);
    const { width, height } = pngSize(data.subarray(at + 8, at + length));
    expect(height).toBe(width);
    entries.push({ type, size: width });
    at += length;
  }
  return entries;
}

const read = (file: string) => readFileSync(path.join(BUILD, file));

describe('the app icons in build/', () => {
  it('are there for every target, in the right sizes and formats', () => {
    expect(read('icon.svg').toString()).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    expect(pngSize(read('icon.png'))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(read('icon-512.png'))).toEqual({ width: 512, height: 512 });
    for (const size of LINUX_SIZES)
      expect(pngSize(read(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    expect(icoSizes(read('icon.ico'))).toEqual([...ICO_SIZES]);
    expect(icnsEntries(read('icon.icns'))).toEqual(
      ICNS_TYPES.map(([type, size]) => ({ type, size })),
    );
  });

  it('are what build/icon.svg makes (npm run build:icons was run after the SVG changed)', async () => {
    const written = await buildIcons(path.join(BUILD, 'icon.svg'), tmp);
    expect(written).toHaveLength(4 + LINUX_SIZES.length);
    for (const file of written)
      expect(readFileSync(path.join(tmp, file)).equals(read(file)), file).toBe(true);
  });

  it('is a transparent square around the tile: the corners show nothing', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const image = new Resvg(read('icon.svg').toString(), {
      fitTo: { mode: 'width', value: 64 },
    }).render();
    const pixels = image.pixels;
    // Top-left pixel's alpha, and the centre's.
    expect(pixels[3]).toBe(0);
    expect(pixels[(32 * 64 + 32) * 4 + 3]).toBe(255);
  });

  it('writes an icns header and refuses a malformed entry type', () => {
    const png = read('icons/16x16.png');
    const file = icns([{ type: 'icp4', png }]);
    expect(icnsEntries(file)).toEqual([{ type: 'icp4', size: 16 }]);
    expect(() => icns([{ type: 'ic 1', png }])).toThrow(/not an icns type/);
  });
});

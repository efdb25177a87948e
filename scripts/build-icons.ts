// `npm run build:icons`: every app icon electron-builder needs, made from build/icon.svg —
// icon.png (512 and 1024 px), icon.ico (Windows, 16…256 px), icon.icns (macOS, 16…1024 px) and
// icons/<n>x<n>.png (Linux). Each size is drawn from the SVG (resvg), not scaled from another
// bitmap, so small sizes stay sharp. The results are committed: packaging needs no extra step.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pngToIco from 'png-to-ico';

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/**
 * The icns entries of PNG data, by type: each holds a PNG of its size (macOS 10.7+ reads PNG in
 * all of them). The @2x types are the Retina versions of the size below.
 */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['ic11', 32], // 16@2x
  ['icp5', 32],
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic13', 256], // 128@2x
  ['ic08', 256],
  ['ic14', 512], // 256@2x
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
] as const;

/** The SVG drawn as a square PNG of `size` pixels. */
export function renderPng(svg: string, size: number): Buffer {
  return Buffer.from(
    new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' })
      .render()
      .asPng(),
  );
}

/**
 * An Apple icon image: "icns", the file's length, then entries of a 4-character type, the
 * entry's length (its 8 header bytes included) and the data; lengths big-endian.
 */
export function icns(entries: readonly { type: string; png: Buffer }[]): Buffer {
  const parts = entries.map(({ type, png }) => {
    if (!/^[a-z0-9]{4}$/.test(type)) throw new Error(`not an icns type: ${type}`);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([header, ...parts]);
}

/** Writes every icon into `outDir` (build/ by default) from `outDir`/icon.svg. */
export async function buildIcons(svgFile: string, outDir: string): Promise<string[]> {
  const svg = readFileSync(svgFile, 'utf8');
  const cache = new Map<number, Buffer>();
  const png = (size: number) => {
    let image = cache.get(size);
    if (!image) cache.set(size, (image = renderPng(svg, size)));
    return image;
  };
  const written: string[] = [];
  const write = (file: string, data: Buffer) => {
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
    written.push(file);
  };
  // electron-builder's default icon (macOS needs at least 512, so 1024 for sharp Retina).
  write('icon.png', png(1024));
  write('icon-512.png', png(512));
  for (const size of LINUX_SIZES) write(path.join('icons', `${size}x${size}.png`), png(size));
  write('icon.ico', await pngToIco(ICO_SIZES.map(png)));
  write('icon.icns', icns(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size) }))));
  return written;
}

if (import.meta.main) {
  const buildDir = path.resolve(import.meta.dirname, '..', 'build');
  const written = await buildIcons(path.join(buildDir, 'icon.svg'), buildDir);
  console.log(`Wrote ${written.length} icon files to build/.`);
}

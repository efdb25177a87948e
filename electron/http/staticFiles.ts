import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticFile = { filePath: string; size: number; isIndex: boolean };

/**
 * Maps a URL path to a regular file inside `rootDir`, or undefined. Paths that decode to
 * something outside the root (`..`, encoded slashes, NUL, symlinks pointing out) never resolve.
 * A path without a dot in its last segment falls back to index.html (client-side routes).
 */
export async function resolveStaticFile(
  rootDir: string,
  urlPath: string,
): Promise<StaticFile | undefined> {
  const root = await realpath(rootDir);
  const index = path.join(root, 'index.html');
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return undefined;

  const candidate = segments.length === 0 ? index : path.join(root, ...segments);
  const found = await regularFileInside(root, candidate);
  if (found) return { ...found, isIndex: found.filePath === index };

  const last = segments.at(-1) ?? '';
  if (last.includes('.')) return undefined;
  const fallback = await regularFileInside(root, index);
  return fallback && { ...fallback, isIndex: true };
}

async function regularFileInside(
  root: string,
  candidate: string,
): Promise<{ filePath: string; size: number } | undefined> {
  try {
    const real = await realpath(candidate);
    const relative = path.relative(root, real);
    const outside =
      relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
    if (relative === '' || outside) return undefined;
    const info = await stat(real);
    return info.isFile() ? { filePath: real, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

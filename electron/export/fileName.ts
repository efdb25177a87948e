// Windows refuses these in a file name (and control characters); other systems accept them all.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;
// Names Windows keeps for devices, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** A file name every system saves: refused characters replaced, no trailing dot or space. */
export function safeFileName(name: string, extension: string): string {
  let base = name
    .replace(FORBIDDEN, '_')
    .replace(/[. ]+$/, '')
    .trim();
  if (base === '') base = 'export';
  if (RESERVED.test(base)) base = `_${base}`;
  return `${base}.${extension}`;
}

// Control characters are exactly what it removes.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f]+/g;

/** "<deal>-<sheet>.pdf", without the characters a file name may not hold, at most 120 long. */
export function pdfName(deal: string, sheet: string): string {
  const clean = (s: string) => s.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const base =
    [clean(deal), clean(sheet)].filter(Boolean).join('-').replace(/^\.+/, '').trim() ||
    'negotiation';
  return `${base.slice(0, 116).trim()}.pdf`;
}

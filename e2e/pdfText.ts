import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

// The character maps and standard fonts pdfjs needs for PDFs that do not embed everything
// (CJK fonts among them), read from the installed package, never from the network.
const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * CJK Radicals Supplement (U+2E81–U+2EF3) → the unified ideograph of the same shape, from
 * Unicode's EquivalentUnifiedIdeograph.txt, as pairs separated by spaces (some ideographs lie
 * beyond the BMP, hence splitting by code point).
 */
const RADICAL_SUPPLEMENT_PAIRS =
  '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺗心 ⺘扌 ' +
  '⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ' +
  '⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ' +
  '⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ' +
  '⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟';

const RADICALS = new Map(
  RADICAL_SUPPLEMENT_PAIRS.split(' ').map((pair) => {
    const [radical = '', ideograph = ''] = Array.from(pair);
    return [radical, ideograph];
  }),
);

/**
 * Where the Simplified Chinese glyph of a Kangxi radical is another ideograph than the one
 * Unicode names for it: Noto Sans CJK SC draws ⼾ as 户 (Unicode: 戶). Our sheets are zh-CN.
 */
const SIMPLIFIED_KANGXI: Record<string, string> = { '\u2F3E': '户' };

/**
 * Chromium writes a PDF's text layer from the font's character map, which gives one glyph
 * several code points; for many Chinese characters it picks the radical (⼯⼚ for 工厂,
 * ⻚ for 页). This puts the ideographs back: Kangxi radicals (U+2F00–U+2FD5) by NFKC,
 * the supplement by Unicode's table.
 */
export function ideographsForRadicals(text: string): string {
  return text.replace(
    /[\u2E80-\u2EFF\u2F00-\u2FDF]/g,
    (c) => RADICALS.get(c) ?? SIMPLIFIED_KANGXI[c] ?? c.normalize('NFKC'),
  );
}

/**
 * All the text of all pages of a PDF, pages separated by a blank line, lines by a newline:
 * what a reader sees, for tests that check what a printed sheet says. Chinese comes back as
 * ideographs even where the PDF's text layer has radicals instead (see ideographsForRadicals).
 */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  return (await pdfPages(pdf)).join('\n\n');
}

/** The text of each page of a PDF, as pdfText reads it. */
export async function pdfPages(pdf: Buffer | Uint8Array): Promise<string[]> {
  const task = getDocument({
    // pdfjs takes the buffer over; a copy leaves the caller's intact.
    data: new Uint8Array(pdf),
    cMapUrl: path.join(pdfjsDir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(pdfjsDir, 'standard_fonts') + path.sep,
    // Text only: no fonts installed into a page, no eval, no chatter on the console.
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .filter((item): item is TextItem => 'str' in item)
          .map((item) => item.str + (item.hasEOL ? '\n' : ''))
          .join(''),
      );
      page.cleanup();
    }
    return pages.map(ideographsForRadicals);
  } finally {
    await task.destroy();
  }
}

/** How many pages a PDF has. */
export async function pdfPageCount(pdf: Buffer | Uint8Array): Promise<number> {
  const task = getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    return doc.numPages;
  } finally {
    await task.destroy();
  }
}

import { useEffect, useRef, useState } from 'react';
import {
  BRIDGE_KEY,
  printToPdfOptions,
  type Bridge,
  type PrintToPdfOptions,
} from '../../shared/bridge.ts';
import { printInLight } from './printInLight.ts';

/**
 * 'saved': Electron wrote the PDF where the user chose; 'cancelled': the user closed the save
 * dialog; 'printed': the browser's print dialog was shown (whether it saved a PDF, printed
 * on paper or was cancelled, a web page cannot tell).
 */
export type PrintOutcome = 'saved' | 'printed' | 'cancelled';

/**
 * Prints the current page as a PDF. In Electron, through the bridge (`webContents.printToPDF`
 * and a save dialog); in the browser shell, through the browser's print dialog, whose
 * "Save as PDF" suggests the file name (Chromium takes it from the document title) and whose
 * paper size and orientation come from an `@page` rule set for the duration.
 */
export async function printDocument(options: PrintToPdfOptions): Promise<PrintOutcome> {
  const checked = printToPdfOptions.parse(options);
  const bridge = (window as Window & { [BRIDGE_KEY]?: Bridge })[BRIDGE_KEY];
  if (bridge?.printToPdf) {
    const restore = printInLight();
    try {
      return await bridge.printToPdf(checked);
    } finally {
      restore();
    }
  }

  const title = document.title;
  const page = document.createElement('style');
  page.dataset.printDocument = '';
  page.textContent = `@page { size: ${checked.pageSize} ${checked.landscape ? 'landscape' : 'portrait'}; }`;
  // Chromium adds ".pdf" to the title it suggests.
  document.title = checked.fileName.replace(/\.pdf$/i, '');
  document.head.append(page);
  try {
    // Blocks until the dialog closes.
    window.print();
  } finally {
    page.remove();
    document.title = title;
  }
  return 'printed';
}

/**
 * A print copy mounted for one print: `show(copy)` mounts it, it is printed by `print` once its
 * pages have painted, and `printed()` (when printing settles) keeps it mounted, hidden on
 * screen, until the next click anywhere, so the browser's own print command prints it too.
 */
export function usePrintCopy<T>(print: (copy: T) => void) {
  const [copy, setCopy] = useState<T | null>(null);
  const [done, setDone] = useState(false);
  const printRef = useRef(print);
  useEffect(() => {
    printRef.current = print;
  });

  // Printed once per copy, whatever else re-renders (a language switch included).
  useEffect(() => {
    if (!copy) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => printRef.current(copy));
    });
    return () => cancelAnimationFrame(frame);
  }, [copy]);

  useEffect(() => {
    if (!done) return;
    const clear = () => setCopy(null);
    document.addEventListener('pointerdown', clear, { capture: true });
    return () => document.removeEventListener('pointerdown', clear, { capture: true });
  }, [done]);

  return {
    copy,
    /** Mounted and not yet printed. */
    printing: copy !== null && !done,
    show: (next: T) => {
      setDone(false);
      setCopy(next);
    },
    printed: () => setDone(true),
  };
}

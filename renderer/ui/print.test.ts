import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, type Bridge } from '../../shared/bridge.ts';
import { printDocument } from './print.ts';

const a3 = { fileName: '华东电力 评审.pdf', pageSize: 'A3', landscape: true } as const;

function setBridge(bridge: Bridge | undefined) {
  Object.assign(window, { [BRIDGE_KEY]: bridge });
}

describe('printDocument', () => {
  afterEach(() => {
    setBridge(undefined);
    vi.restoreAllMocks();
    document.title = '';
  });

  it('asks Electron to save a PDF when the bridge can', async () => {
    const printToPdf = vi.fn<NonNullable<Bridge['printToPdf']>>(async () => 'saved');
    setBridge({ invoke: vi.fn(), printToPdf });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});

    expect(await printDocument(a3)).toBe('saved');
    expect(printToPdf).toHaveBeenCalledWith(a3);
    expect(print).not.toHaveBeenCalled();

    printToPdf.mockResolvedValueOnce('cancelled');
    expect(await printDocument({ ...a3, pageSize: 'A4' })).toBe('cancelled');
  });

  it("uses the browser's print dialog, suggesting the file name and page set-up for the time it is open", async () => {
    setBridge({ invoke: vi.fn() });
    document.title = 'Deal Workbench';
    let during: { title: string; page: string | null | undefined } | undefined;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      during = {
        title: document.title,
        page: document.head.querySelector('style[data-print-document]')?.textContent,
      };
    });

    expect(await printDocument(a3)).toBe('printed');
    expect(print).toHaveBeenCalledTimes(1);
    expect(during).toEqual({ title: '华东电力 评审', page: '@page { size: A3 landscape; }' });
    expect(document.title).toBe('Deal Workbench');
    expect(document.head.querySelector('style[data-print-document]')).toBeNull();
  });

  it('restores the title even when printing fails', async () => {
    document.title = 'Deal Workbench';
    vi.spyOn(window, 'print').mockImplementation(() => {
      throw new Error('no printing here');
    });

    await expect(
      printDocument({ fileName: 'review.pdf', pageSize: 'A4', landscape: false }),
    ).rejects.toThrow('no printing here');
    expect(document.title).toBe('Deal Workbench');
    expect(document.head.querySelector('style[data-print-document]')).toBeNull();
  });

  it('refuses a file name with a folder before asking anyone', async () => {
    const printToPdf = vi.fn<NonNullable<Bridge['printToPdf']>>(async () => 'saved');
    setBridge({ invoke: vi.fn(), printToPdf });
    await expect(printDocument({ ...a3, fileName: '../x.pdf' })).rejects.toThrow();
    expect(printToPdf).not.toHaveBeenCalled();
  });
});

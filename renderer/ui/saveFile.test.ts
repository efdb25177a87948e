import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64Bytes, saveBlob, saveFile } from './saveFile.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function captureDownloads() {
  const blobs: Blob[] = [];
  const create = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:${blobs.length}`;
  });
  const revoke = vi.fn();
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
  const clicks: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicks.push(this);
  });
  return { blobs, clicks, revoke };
}

describe('saveBlob', () => {
  it('downloads through an anchor and revokes the URL', () => {
    vi.useFakeTimers();
    const { clicks, revoke } = captureDownloads();
    saveBlob(new Blob(['<svg/>'], { type: 'image/svg+xml' }), '组织图.svg');
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('组织图.svg');
    expect(clicks[0]!.href).toBe('blob:1');
    expect(document.querySelector('a[download]')).toBeNull();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:1');
  });
});

describe('saveFile', () => {
  it('decodes the base64 bytes exactly (a BOM and Chinese included) and keeps name and type', async () => {
    const { blobs, clicks } = captureDownloads();
    const text = '\uFEFF客户,金额\r\n华东,1\r\n';
    const data = btoa(String.fromCharCode(...new TextEncoder().encode(text)));
    saveFile({ fileName: '客户 2026-12-06.csv', mimeType: 'text/csv;charset=utf-8', data });
    expect(clicks[0]!.download).toBe('客户 2026-12-06.csv');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(text);
    expect([...base64Bytes('AP8=')]).toEqual([0, 255]);
  });
});

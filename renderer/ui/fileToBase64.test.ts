import { describe, expect, it } from 'vitest';
import { fileToBase64 } from './fileToBase64.ts';

describe('fileToBase64', () => {
  it('encodes every byte, across chunk boundaries', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const encoded = await fileToBase64(new Blob([bytes]));
    expect(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0))).toEqual(bytes);
  });
});

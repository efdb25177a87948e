import type { GeneratedFile } from '../../shared/imports.ts';

// The one way the renderer hands the user a file: an anchor download (the browser shell's and
// Electron's download both save it where the user chooses or in Downloads).

/** Offers the blob as a download named fileName. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Revoked after the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** The bytes of a base64 text. */
export function base64Bytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers a file made by the main process (an export, a refused-rows file) as a download. */
export function saveFile(file: GeneratedFile): void {
  saveBlob(new Blob([base64Bytes(file.data)], { type: file.mimeType }), file.fileName);
}

import type { GeneratedFile } from '../../../../shared/imports.ts';

/**
 * Saves a file the main process made: its base64 bytes as a download (the browser's save, or
 * Electron's save dialog for a download).
 */
export function downloadFile(file: GeneratedFile): void {
  const binary = atob(file.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.fileName;
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

import type { GeneratedFile } from '../../../../shared/imports.ts';

// Issue 14's shared helper is meant to live in renderer/ui/saveFile.ts (the exports branch); this
// is the same call until it is there.

/** Offers a file made in the main process (base64) as a download under its name. */
export function saveFile(file: GeneratedFile): void {
  const binary = atob(file.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
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

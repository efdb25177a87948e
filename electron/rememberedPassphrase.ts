import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the Electron shell uses of `safeStorage`: strings sealed with the OS keychain's key. */
export type SealingStorage = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(sealed: Buffer): string;
};

/**
 * The passphrases of encrypted workspaces the Electron shell remembers, one per workspace file,
 * in a JSON file of the user-data folder. Each is sealed with `safeStorage` (the OS keychain):
 * the file alone does not give a passphrase away. Where no keychain is available nothing is
 * remembered, never a passphrase in the clear.
 */
export function rememberedPassphrases(file: string, storage: SealingStorage) {
  function read(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null
        ? Object.fromEntries(
            Object.entries(parsed).filter(
              (entry): entry is [string, string] => typeof entry[1] === 'string',
            ),
          )
        : {};
    } catch {
      return {};
    }
  }

  function write(entries: Record<string, string>): void {
    const partial = `${file}.${process.pid}.partial`;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, JSON.stringify(entries), { mode: 0o600 });
    chmodSync(partial, 0o600);
    renameSync(partial, file);
  }

  return {
    /** The remembered passphrase of a workspace, if any can be unsealed. */
    recall(workspacePath: string): string | undefined {
      const sealed = read()[workspacePath];
      if (sealed === undefined || !storage.isEncryptionAvailable()) return undefined;
      try {
        return storage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return undefined;
      }
    },
    /**
     * Remembers a workspace's passphrase (null forgets it). Answers false when the keychain is
     * unavailable, so nothing could be remembered.
     */
    remember(workspacePath: string, passphrase: string | null): boolean {
      const entries = read();
      if (passphrase === null) {
        if (!(workspacePath in entries)) return true;
        delete entries[workspacePath];
        write(entries);
        return true;
      }
      if (!storage.isEncryptionAvailable()) return false;
      entries[workspacePath] = storage.encryptString(passphrase).toString('base64');
      write(entries);
      return true;
    },
  };
}

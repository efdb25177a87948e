import { looksEncrypted } from './store/cipher.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** A terminal to ask on: raw mode keeps the typed passphrase off the screen. */
export type Terminal = {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  output: NodeJS.WritableStream;
};

export class PromptCancelled extends Error {
  override name = 'PromptCancelled';
}

/**
 * The passphrase the browser shell opens a workspace with: DEAL_WORKBENCH_PASSPHRASE, else, for an
 * encrypted file and a terminal on stdin, one typed at a prompt without echo. A plain file is
 * never asked for one; without a terminal the open itself says the passphrase is missing.
 */
export async function passphraseForServe(
  dbPath: string,
  env: Env,
  terminal: Terminal,
): Promise<string | undefined> {
  if (env.DEAL_WORKBENCH_PASSPHRASE) return env.DEAL_WORKBENCH_PASSPHRASE;
  if (!looksEncrypted(dbPath) || !terminal.input.isTTY || !terminal.input.setRawMode)
    return undefined;
  return readHidden(`Passphrase for ${dbPath}: `, terminal);
}

/** Reads one line with the echo off; Ctrl+C or Ctrl+D cancels. */
export function readHidden(prompt: string, { input, output }: Terminal): Promise<string> {
  output.write(prompt);
  input.setRawMode?.(true);
  input.resume();
  let typed = '';
  return new Promise<string>((resolve, reject) => {
    const finish = (error?: Error) => {
      input.removeListener('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || char === '\u0004')
          return finish(new PromptCancelled('No passphrase was given.'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}

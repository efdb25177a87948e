// The crash test's child (scripts/crash/crashRounds.ts): writes to the workspace at argv[2]
// through the router, as the app does, until it is killed. After each write commits it prints
// one line to stdout, the write's acknowledgement:
//   account <id>            an account was created
//   person <id>             a person was created
//   update <id> <version>   an account was updated to that version
import { openWorkspace } from '../../electron/workspace.ts';

type Versioned = { id: string; version: number };

const dbPath = process.argv[2];
const round = process.argv[3] ?? '0';
if (!dbPath) throw new Error('usage: writer.ts <workspace file> [round]');

const { router } = openWorkspace({
  dbPath,
  systemLocale: 'en',
  appVersion: 'crash-test',
  seedDemo: false,
});

async function write<T>(channel: string, input: unknown): Promise<T> {
  const result = await router.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

const ack = (line: string) => process.stdout.write(`${line}\n`);
// A few kilobytes per person, so writes span pages and the kill often lands mid-write.
const notes = 'Met at the plant; wants the line running before the audit. '.repeat(60);

let account = await write<Versioned>('accounts.create', { name: `Round ${round} account 0` });
ack(`account ${account.id}`);
for (let i = 1; ; i++) {
  if (i % 3 === 0) {
    account = await write<Versioned>('accounts.create', { name: `Round ${round} account ${i}` });
    ack(`account ${account.id}`);
  } else if (i % 3 === 1) {
    const person = await write<Versioned>('people.create', {
      accountId: account.id,
      name: `Person ${round}-${i}`,
      notes,
    });
    ack(`person ${person.id}`);
  } else {
    account = await write<Versioned>('accounts.update', {
      id: account.id,
      version: account.version,
      phone: `+86 21 ${i}`,
    });
    ack(`update ${account.id} ${account.version}`);
  }
  // Let stdout drain where pipes are asynchronous (macOS); on Linux each ack is written at once.
  if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
}

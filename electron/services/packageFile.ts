import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type IssueCode } from '../../shared/issues.ts';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  packageExchanges,
  packageManifest,
  packageRecords,
  type PackageExchanges,
  type PackageManifest,
  type PackageRecords,
} from '../../shared/packages.ts';

// The .dwpkg file itself (docs/account-package.md): a zip holding manifest.json and records.json.
// Reading refuses anything that is not a package of a format this build knows, before any record
// reaches the workspace.

const MANIFEST = 'manifest.json';
const RECORDS = 'records.json';
const EXCHANGES = 'exchanges.json';
/** Unpacked, a package's two files together may not exceed this (a zip bomb stops here). */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

function refuse(code: IssueCode, params?: Record<string, string | number>): AppError {
  const issue = makeIssue([], code, params);
  return new AppError('invalid_input', issue.message, [issue]);
}

export type PackageContent = {
  manifest: PackageManifest;
  records: PackageRecords;
  exchanges: PackageExchanges;
};

export function writePackage({ manifest, records, exchanges }: PackageContent): Uint8Array {
  return zipSync({
    [MANIFEST]: strToU8(JSON.stringify(manifest, null, 2)),
    [RECORDS]: strToU8(JSON.stringify(records)),
    [EXCHANGES]: strToU8(JSON.stringify(exchanges)),
  });
}

function isZip(bytes: Uint8Array): boolean {
  // A local file header (PK\3\4) or, for an empty archive, the end of central directory (PK\5\6).
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}

/** Where a record failing the contract sits, e.g. "people #3 (birthday)". */
function recordPlace(path: readonly PropertyKey[]): string {
  const [list, first, ...field] = path.map(String);
  if (list === undefined) return RECORDS;
  if (first === undefined) return list;
  if (!/^\d+$/.test(first)) return `${list} (${[first, ...field].join('.')})`;
  const at = `${list} #${Number(first) + 1}`;
  return field.length > 0 ? `${at} (${field.join('.')})` : at;
}

/**
 * The package's manifest and records, checked: a foreign file, a damaged zip, a newer format or a
 * record that breaks the contract is refused (`invalid_input`) with a sentence saying which.
 */
export function readPackage(bytes: Uint8Array): PackageContent {
  if (!isZip(bytes)) throw refuse('package_foreign');
  let files: Record<string, Uint8Array>;
  try {
    let unpacked = 0;
    files = unzipSync(bytes, {
      filter: (file) => {
        if (![MANIFEST, RECORDS, EXCHANGES].includes(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new Error('too large unpacked');
        return true;
      },
    });
  } catch {
    throw refuse('package_damaged');
  }
  const manifestBytes = files[MANIFEST];
  if (manifestBytes === undefined) throw refuse('package_foreign');
  const rawManifest = parseJson(manifestBytes);
  const head = packageManifest.pick({ format: true, formatVersion: true }).safeParse(rawManifest);
  if (!head.success) throw refuse('package_foreign');
  if (head.data.formatVersion > PACKAGE_FORMAT_VERSION) {
    throw refuse('package_too_new', { version: head.data.formatVersion });
  }
  const manifest = packageManifest.safeParse(rawManifest);
  if (!manifest.success || manifest.data.format !== PACKAGE_FORMAT) {
    throw refuse('package_damaged');
  }
  const recordsBytes = files[RECORDS];
  const rawRecords = recordsBytes === undefined ? undefined : parseJson(recordsBytes);
  if (rawRecords === undefined) throw refuse('package_damaged');
  const records = packageRecords.safeParse(rawRecords);
  if (!records.success) {
    throw refuse('package_invalid_record', {
      record: recordPlace(records.error.issues[0]?.path ?? []),
    });
  }
  if (records.data.account.id !== manifest.data.accountId) throw refuse('package_damaged');
  const exchangesBytes = files[EXCHANGES];
  const exchanges = packageExchanges.safeParse(
    exchangesBytes === undefined ? {} : parseJson(exchangesBytes),
  );
  if (!exchanges.success) throw refuse('package_damaged');
  return { manifest: manifest.data, records: records.data, exchanges: exchanges.data };
}

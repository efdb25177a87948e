import { createHash, randomUUID } from 'node:crypto';
import type { ChannelArgs } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import type { GeneratedFile } from '../../shared/imports.ts';
import { makeIssue, type IssueCode } from '../../shared/issues.ts';
import { localDay } from '../../shared/localDate.ts';
import {
  PACKAGE_ENTITIES,
  PACKAGE_EXTENSION,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_MIME_TYPE,
  MAX_SEEN_VERSIONS,
  type PackageApplyResult,
  type PackageCounts,
  type PackageEntity,
  type PackageExchanges,
  type PackageItem,
  type PackageItemStatus,
  type PackagePreview,
  type PackageRecords,
  type PackageResolution,
} from '../../shared/packages.ts';
import type { CriterionEvidence, StageConfirmation } from '../../shared/pipeline.ts';
import type { BackupReason } from '../../shared/workspace.ts';
import type { HandlersOf } from '../handlers.ts';
import { schemaVersion } from '../store/migrations/index.ts';
import { storageError } from '../store/sqliteErrors.ts';
import { touch } from '../touched.ts';
import { requireAccount, sameValue, writeTransaction, type ServiceContext } from './common.ts';
import { readPackage, writePackage } from './packageFile.ts';

// Account packages (issue 14, docs/account-package.md). A record keeps its id across workspaces;
// per record, `package_seen` holds hashes of the versions exchanged (exported from here or
// imported here), and a package carries its sender's: which side has seen the other's version
// tells "changed in the package", "changed here" and "changed on both sides" apart, whatever
// the number of colleagues the account went to.

type Rec = { id: string; version: number; createdAt: string; updatedAt: string };
type Names = Record<'account' | 'person' | 'deal' | 'competitor', (id: string) => string>;
type EvidenceRecord = CriterionEvidence & Rec;

// Stage evidence is stored per deal, stage and criterion, without id or version: it travels as
// stored and is compared and written here under its history id.
const evidenceRecord = (e: CriterionEvidence): EvidenceRecord => ({
  ...e,
  id: `${e.opportunityId}:${e.stageKey}.${e.criterionKey}`,
  version: 1,
  createdAt: e.updatedAt,
});
const confirmationRecord = (c: StageConfirmation) => ({
  ...c,
  version: 1,
  createdAt: c.at,
  updatedAt: c.at,
});

/** How one kind of record is found here, written and named. */
type Spec<T extends Rec> = {
  entity: PackageEntity;
  list: Exclude<keyof PackageRecords, 'mapPositions'>;
  /** The key its exchanged content is kept under: its id, or its natural key when one per deal. */
  key(record: T): string;
  /** The record here that the package's record is, if any. */
  local(record: T): T | undefined;
  table: { insert(record: T): void; update(record: T): void };
  label(record: T, names: Names): string;
  /** For records stored without id and version: the form compared and written here. */
  wrap?: (stored: never) => T;
  /** Never edited once written (stage confirmations): one here is the same record. */
  immutable?: boolean;
};

// Kept out of the compared content: they differ between workspaces for the same content.
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/** JSON with keys sorted, so equal content gives equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function ownFields(record: Rec): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !BOOKKEEPING.has(key)));
}

export function contentHash(record: Rec): string {
  return createHash('sha256')
    .update(canonical(ownFields(record)))
    .digest('hex');
}

/**
 * The rule of docs/account-package.md. A side that has seen the other's version and holds another
 * one has moved on from it (by an edit or by a choice): its version wins. Neither, or both:
 * a conflict for the user to settle.
 */
export function itemStatus(
  local: string | undefined,
  theirs: string,
  seenHere: ReadonlySet<string>,
  seenThere: ReadonlySet<string>,
): PackageItemStatus {
  if (local === undefined) return 'new';
  if (local === theirs) return 'same';
  const theyMovedOn = seenThere.has(local);
  const weMovedOn = seenHere.has(theirs);
  if (theyMovedOn !== weMovedOn) return theyMovedOn ? 'theirs' : 'mine';
  return 'conflict';
}

function refuse(code: IssueCode, params?: Record<string, string | number>): AppError {
  const issue = makeIssue([], code, params);
  return new AppError('invalid_input', issue.message, [issue]);
}

/** A file name without the characters file systems refuse. */
function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim() || 'account';
}

const REFERENCE_FIELDS = {
  person: ['managerId', 'secondManagerId', 'fromPersonId', 'toPersonId', 'personId'],
  competitor: ['competitorId', 'winnerCompetitorId'],
  deal: ['opportunityId'],
} as const;

/** A package read for apply: its records (matched to this workspace) and its sender's versions. */
type Pending = { records: PackageRecords; exchanges: PackageExchanges };
/** Previews kept for apply; older ones are dropped (the user opens the file again). */
const MAX_PREVIEWS = 5;

export type PackagesOptions = {
  appVersion: string;
  beforeRisky?: (reason: BackupReason) => void | Promise<void>;
};

export type PackagesService = ReturnType<typeof createPackagesService>;

export function createPackagesService(
  { db, now, repos, writer }: ServiceContext,
  { appVersion, beforeRisky }: PackagesOptions,
) {
  const { packages } = repos;
  // Previewed packages by preview id, for apply.
  const previews = new Map<string, Pending>();

  const spec = <T extends Rec>(s: Spec<T>) => s as unknown as Spec<Rec>;
  const dealOf = (r: { opportunityId: string }, n: Names) => n.deal(r.opportunityId);
  const saveEvidence = ({ id: _i, version: _v, createdAt: _c, ...e }: EvidenceRecord) =>
    repos.stageEvidence.upsert(e);

  // In PACKAGE_ENTITIES' order: a record comes after those it refers to.
  const SPECS: Spec<Rec>[] = [
    spec({
      entity: 'account',
      list: 'account',
      key: (r) => r.id,
      local: (r) => repos.accounts.get(r.id),
      table: repos.accounts,
      label: (r) => r.name,
    }),
    spec({
      entity: 'competitor',
      list: 'competitors',
      key: (r) => r.id,
      local: (r) => repos.competitors.get(r.id),
      table: repos.competitors,
      label: (r) => r.name,
    }),
    spec({
      entity: 'person',
      list: 'people',
      key: (r) => r.id,
      local: (r) => repos.people.get(r.id),
      table: repos.people,
      label: (r) => r.name,
    }),
    spec({
      entity: 'influence_line',
      list: 'influenceLines',
      key: (r) => r.id,
      // The same kind of line between the same two people is one line, whatever its id.
      local: (r) =>
        repos.influenceLines.get(r.id) ??
        repos.influenceLines.findPair(r.kind, r.fromPersonId, r.toPersonId),
      table: repos.influenceLines,
      label: (r, n) => `${n.person(r.fromPersonId)} → ${n.person(r.toPersonId)}`,
    }),
    spec({
      entity: 'opportunity',
      list: 'opportunities',
      key: (r) => r.id,
      local: (r) => repos.opportunities.get(r.id),
      table: repos.opportunities,
      label: (r) => r.name,
    }),
    spec({
      entity: 'stage_evidence',
      list: 'stageEvidence',
      key: (r) => r.id,
      local: (r) => {
        const here = repos.stageEvidence
          .list(r.opportunityId)
          .find((e) => e.stageKey === r.stageKey && e.criterionKey === r.criterionKey);
        return here && evidenceRecord(here);
      },
      table: { insert: saveEvidence, update: saveEvidence },
      label: (r, n) => `${dealOf(r, n)} · ${r.stageKey}.${r.criterionKey}`,
      wrap: evidenceRecord,
    }),
    spec({
      entity: 'stage_confirmation',
      list: 'stageConfirmations',
      key: (r) => r.id,
      local: (r) =>
        repos.stageEvidence
          .listConfirmations(r.opportunityId)
          .flatMap((c) => (c.id === r.id ? [confirmationRecord(c)] : []))[0],
      table: {
        insert: ({ version: _v, createdAt: _c, updatedAt: _u, ...c }) =>
          repos.stageEvidence.insertConfirmation(c),
        update: () => {
          throw new Error('Stage confirmations are never edited');
        },
      },
      label: (r, n) => `${dealOf(r, n)} · ${r.fromStage} → ${r.toStage}`,
      wrap: confirmationRecord,
      immutable: true,
    }),
    spec({
      entity: 'deal_evaluation',
      list: 'dealEvaluations',
      // Stored under the deal's id.
      key: (r) => r.id,
      local: (r) => repos.evaluations.get(r.id),
      table: repos.evaluations,
      label: (r, n) => n.deal(r.id),
    }),
    spec({
      entity: 'committee_member',
      list: 'committeeMembers',
      // A person is on a deal's committee once: two workspaces that added them share the entry.
      key: (r) => `${r.opportunityId}/${r.personId}`,
      local: (r) => repos.committeeMembers.find(r.opportunityId, r.personId)?.member,
      table: repos.committeeMembers,
      label: (r, n) => `${n.person(r.personId)} · ${dealOf(r, n)}`,
    }),
    spec({
      entity: 'deal_competitor',
      list: 'dealCompetitors',
      key: (r) => `${r.opportunityId}/${r.competitorId}`,
      local: (r) => repos.dealCompetitors.find(r.opportunityId, r.competitorId),
      table: repos.dealCompetitors,
      label: (r, n) => `${n.competitor(r.competitorId)} · ${dealOf(r, n)}`,
    }),
    spec({
      entity: 'criterion',
      list: 'criteria',
      key: (r) => r.id,
      local: (r) => repos.criteria.get(r.id),
      table: repos.criteria,
      label: (r, n) => `${r.name} · ${dealOf(r, n)}`,
    }),
    spec({
      entity: 'deal_outcome',
      list: 'outcomes',
      key: (r) => r.opportunityId,
      local: (r) => repos.dealOutcomes.find(r.opportunityId),
      table: repos.dealOutcomes,
      label: (r, n) => dealOf(r, n),
    }),
    spec({
      entity: 'swot',
      list: 'swots',
      key: (r) => r.opportunityId,
      local: (r) => repos.swots.find(r.opportunityId),
      table: repos.swots,
      label: (r, n) => dealOf(r, n),
    }),
    spec({
      entity: 'negotiation',
      list: 'negotiations',
      key: (r) => r.id,
      local: (r) => repos.negotiations.get(r.id),
      table: repos.negotiations,
      label: (r, n) => `${r.title} · ${dealOf(r, n)}`,
    }),
    spec({
      entity: 'activity',
      list: 'activities',
      key: (r) => r.id,
      local: (r) => repos.activities.get(r.id),
      table: repos.activities,
      label: (r) => `${r.date} · ${r.summary.replace(/\s+/g, ' ').slice(0, 60)}`,
    }),
    spec({
      entity: 'account_scoring',
      list: 'accountScoring',
      // Stored under the account's id.
      key: (r) => r.id,
      local: (r) => repos.accountScoring.get(r.id),
      table: repos.accountScoring,
      label: (r, n) => n.account(r.id),
    }),
  ];

  function recordsOf(records: PackageRecords, s: Spec<Rec>): Rec[] {
    const list = records[s.list];
    const stored = (Array.isArray(list) ? list : [list]) as never[];
    return s.wrap ? stored.map(s.wrap) : (stored as Rec[]);
  }

  /** Everything of the account, as its repositories store it. */
  function collect(accountId: string): PackageRecords {
    const account = requireAccount(repos.accounts, accountId);
    const deals = packages
      .opportunityIds(accountId)
      .flatMap((id) => repos.opportunities.get(id) ?? []);
    const dealCompetitors = deals.flatMap((d) => repos.dealCompetitors.list(d.id));
    const outcomes = deals.flatMap((d) => repos.dealOutcomes.find(d.id) ?? []);
    const competitorIds = new Set([
      ...dealCompetitors.map((d) => d.competitorId),
      ...outcomes.flatMap((o) => o.winnerCompetitorId ?? []),
    ]);
    return {
      account,
      competitors: [...competitorIds].flatMap((id) => repos.competitors.get(id) ?? []),
      people: repos.people.list(accountId, true),
      influenceLines: packages
        .influenceLineIds(accountId)
        .flatMap((id) => repos.influenceLines.get(id) ?? []),
      mapPositions: repos.mapPositions.listActive(accountId),
      opportunities: deals,
      stageEvidence: deals.flatMap((d) => repos.stageEvidence.list(d.id)),
      stageConfirmations: deals.flatMap((d) => repos.stageEvidence.listConfirmations(d.id)),
      dealEvaluations: deals.flatMap((d) => repos.evaluations.get(d.id) ?? []),
      committeeMembers: deals.flatMap((d) => repos.committeeMembers.listActive(d.id)),
      dealCompetitors,
      criteria: deals.flatMap((d) => repos.criteria.list(d.id)),
      outcomes,
      swots: deals.flatMap((d) => repos.swots.find(d.id) ?? []),
      negotiations: deals.flatMap((d) =>
        repos.negotiations.list(d.id).flatMap((s) => repos.negotiations.get(s.id) ?? []),
      ),
      activities: repos.activities.list({
        accountId,
        opportunityId: null,
        personId: null,
        from: null,
        to: null,
        limit: -1,
      }),
      accountScoring: [repos.accountScoring.get(accountId) ?? []].flat(),
    };
  }

  /**
   * The package's account and competitors as the ones here of the same name, when the package's
   * ids are not known here (each workspace created its own "Siemens"): their records then meet.
   */
  function matchByName(records: PackageRecords): PackageRecords {
    const accountId =
      (repos.accounts.get(records.account.id)
        ? undefined
        : packages.activeAccountNamed(records.account.name)) ?? records.account.id;
    const competitorIds = new Map<string, string>();
    for (const c of records.competitors) {
      const here = repos.competitors.get(c.id) ? undefined : packages.activeCompetitorNamed(c.name);
      if (here !== undefined) competitorIds.set(c.id, here);
    }
    if (accountId === records.account.id && competitorIds.size === 0) return records;
    const comp = (id: string) => competitorIds.get(id) ?? id;
    const acc = <T extends { accountId: string }>(r: T): T => ({ ...r, accountId });
    return {
      ...records,
      account: { ...records.account, id: accountId },
      competitors: records.competitors.map((c) => ({ ...c, id: comp(c.id) })),
      people: records.people.map(acc),
      influenceLines: records.influenceLines.map(acc),
      opportunities: records.opportunities.map(acc),
      activities: records.activities.map(acc),
      accountScoring: records.accountScoring.map((grading) => ({ ...grading, id: accountId })),
      dealCompetitors: records.dealCompetitors.map((d) => ({
        ...d,
        competitorId: comp(d.competitorId),
      })),
      criteria: records.criteria.map((c) => ({
        ...c,
        scores: c.scores.map((s) => ({
          ...s,
          vendor: s.vendor === 'us' ? s.vendor : comp(s.vendor),
        })),
      })),
      outcomes: records.outcomes.map((o) => ({
        ...o,
        winnerCompetitorId: o.winnerCompetitorId === null ? null : comp(o.winnerCompetitorId),
      })),
    };
  }

  /** Every reference inside the package points at a record it carries; stage sets exist here. */
  function checkReferences(records: PackageRecords): void {
    const accountId = records.account.id;
    const people = new Set(records.people.map((p) => p.id));
    const deals = new Set(records.opportunities.map((o) => o.id));
    const competitors = new Set(records.competitors.map((c) => c.id));
    const broken = (record: string) => refuse('package_broken_reference', { record });
    const known: Record<keyof typeof REFERENCE_FIELDS, Set<string>> = {
      person: people,
      competitor: competitors,
      deal: deals,
    };
    for (const s of SPECS) {
      recordsOf(records, s).forEach((record, index) => {
        const fields = record as unknown as Record<string, unknown>;
        const place = `${s.list} #${index + 1}`;
        if ('accountId' in fields && fields.accountId !== accountId) throw broken(place);
        for (const [kind, names] of Object.entries(REFERENCE_FIELDS)) {
          for (const name of names) {
            const value = fields[name];
            if (typeof value === 'string' && !known[kind as keyof typeof known].has(value)) {
              throw broken(`${place} (${name})`);
            }
          }
        }
      });
    }
    records.dealEvaluations.forEach((e, index) => {
      if (!deals.has(e.id)) throw broken(`dealEvaluations #${index + 1}`);
    });
    records.accountScoring.forEach((grading, index) => {
      if (grading.id !== accountId) throw broken(`accountScoring #${index + 1}`);
    });
    records.mapPositions.forEach((p, index) => {
      if (!people.has(p.personId)) throw broken(`mapPositions #${index + 1}`);
    });
    for (const deal of records.opportunities) {
      if (!repos.stageSets.get(deal.stageSetId)) {
        throw refuse('package_stage_set_unknown', { deal: deal.name, stageSet: deal.stageSetId });
      }
    }
  }

  function namesOf(records: PackageRecords): Names {
    const map = (list: { id: string; name: string }[]) => new Map(list.map((r) => [r.id, r.name]));
    const people = map(records.people);
    const deals = map(records.opportunities);
    const competitors = map(records.competitors);
    return {
      account: (id) =>
        id === records.account.id ? records.account.name : (repos.accounts.get(id)?.name ?? id),
      person: (id) => people.get(id) ?? repos.people.get(id)?.name ?? id,
      deal: (id) => deals.get(id) ?? repos.opportunities.get(id)?.name ?? id,
      competitor: (id) => competitors.get(id) ?? repos.competitors.get(id)?.name ?? id,
    };
  }

  function display(field: string, value: unknown, names: Names): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') {
      if ((REFERENCE_FIELDS.person as readonly string[]).includes(field))
        return names.person(value);
      if ((REFERENCE_FIELDS.competitor as readonly string[]).includes(field)) {
        return names.competitor(value);
      }
      return value;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return JSON.stringify(value);
  }

  /** The fields whose values differ here and in the package, as display text. */
  function differences(local: Rec, theirs: Rec, names: Names): PackageItem['fields'] {
    const mine = ownFields(local);
    return Object.entries(ownFields(theirs))
      .filter(([field, value]) => !sameValue(mine[field], value))
      .map(([field, value]) => ({
        field,
        mine: display(field, mine[field], names),
        theirs: display(field, value, names),
      }));
  }

  type Compared = {
    spec: Spec<Rec>;
    record: Rec;
    local: Rec | undefined;
    key: string;
    hash: string;
    status: PackageItemStatus;
  };

  /** Each record of the package against this workspace, in writing order. */
  function compare({ records, exchanges }: Pending): Compared[] {
    return SPECS.flatMap((s) =>
      recordsOf(records, s).map((record) => {
        const local = s.local(record);
        const key = s.key(record);
        const hash = contentHash(record);
        const status =
          s.immutable && local
            ? 'same'
            : itemStatus(
                local && contentHash(local),
                hash,
                new Set(packages.seen(s.entity, key)),
                new Set(exchanges[`${s.entity}:${key}`]),
              );
        return { spec: s, record, local, key, hash, status };
      }),
    );
  }

  const itemKey = (c: Compared) => `${c.spec.entity}:${c.key}`;

  return {
    /** The account's package; what it carries becomes the base of the next exchange. */
    export({ accountId }: ChannelArgs<'packages.export'>): GeneratedFile {
      const exportedAt = now().toISOString();
      const { records, counts, exchanges } = writeTransaction(db, () => {
        const records = collect(accountId);
        const counts: PackageCounts = {};
        const exchanges: PackageExchanges = {};
        for (const s of SPECS) {
          const list = recordsOf(records, s);
          counts[s.entity] = list.length;
          for (const record of list) {
            const key = s.key(record);
            packages.markSeen(s.entity, key, contentHash(record), exportedAt);
            exchanges[`${s.entity}:${key}`] = packages.seen(s.entity, key, MAX_SEEN_VERSIONS);
          }
        }
        return { records, counts, exchanges };
      });
      const zip = writePackage({
        manifest: {
          format: PACKAGE_FORMAT,
          formatVersion: PACKAGE_FORMAT_VERSION,
          appVersion,
          schemaVersion: schemaVersion(db),
          exportedAt,
          accountId,
          accountName: records.account.name,
          counts,
        },
        records,
        exchanges,
      });
      return {
        fileName: `${safeFileName(records.account.name)} ${localDay(now())}${PACKAGE_EXTENSION}`,
        mimeType: PACKAGE_MIME_TYPE,
        data: Buffer.from(zip).toString('base64'),
      };
    },

    /** What importing the package would do, record by record; nothing is written. */
    preview({ fileName, data }: ChannelArgs<'packages.preview'>): PackagePreview {
      const { manifest, records: raw, exchanges } = readPackage(Buffer.from(data, 'base64'));
      const records = matchByName(raw);
      checkReferences(records);
      const names = namesOf(records);
      const items: PackageItem[] = compare({ records, exchanges }).map((c) => ({
        key: itemKey(c),
        entity: c.spec.entity,
        label: c.spec.label(c.record, names),
        status: c.status,
        fields: c.local && c.status !== 'same' ? differences(c.local, c.record, names) : [],
      }));
      const counts = { new: 0, theirs: 0, mine: 0, conflict: 0, same: 0 };
      for (const item of items) counts[item.status] += 1;
      const previewId = randomUUID();
      previews.set(previewId, { records, exchanges });
      while (previews.size > MAX_PREVIEWS) previews.delete(previews.keys().next().value!);
      return {
        previewId,
        fileName,
        accountName: records.account.name,
        exportedAt: manifest.exportedAt,
        appVersion: manifest.appVersion,
        items,
        counts,
      };
    },

    /**
     * Writes the package after a backup, in one transaction, through the history writer: new
     * records as they are in the package, the package's version of the records it wins.
     */
    async apply({
      previewId,
      resolution,
      choices,
    }: ChannelArgs<'packages.apply'>): Promise<PackageApplyResult> {
      const pending = previews.get(previewId);
      if (!pending) {
        throw new AppError('not_found', 'This package preview is gone; open the package again.');
      }
      const { records } = pending;
      await beforeRisky?.('beforeImport');
      const at = now().toISOString();
      let current = '';
      let result: PackageApplyResult;
      try {
        result = writeTransaction(db, () => {
          // People name their managers, lines their ends: checked once everything is in.
          db.pragma('defer_foreign_keys = ON');
          const names = namesOf(records);
          const taken = new Set<string>();
          let created = 0;
          let updated = 0;
          let kept = 0;
          for (const c of compare(pending)) {
            current = c.spec.label(c.record, names);
            const choice: PackageResolution =
              c.status === 'conflict' ? (choices[itemKey(c)] ?? resolution) : 'mine';
            if (c.local === undefined) {
              writer.insert(c.spec.entity, c.spec.table, c.record);
              created += 1;
              taken.add(c.record.id);
            } else if (c.status === 'theirs' || (c.status === 'conflict' && choice === 'theirs')) {
              const { local } = c;
              writer.update(c.spec.entity, c.spec.table, local, {
                ...c.record,
                id: local.id,
                version: local.version,
                createdAt: local.createdAt,
                updatedAt: local.updatedAt,
              });
              updated += 1;
              taken.add(c.record.id);
            } else if (c.status !== 'same') {
              kept += 1;
            }
            packages.markSeen(c.spec.entity, c.key, c.hash, at);
          }
          // Hand-placed cards follow the people whose package version was taken.
          for (const position of records.mapPositions) {
            if (taken.has(position.personId)) {
              repos.mapPositions.upsert(records.account.id, position, at);
            }
          }
          current = '';
          return { accountId: records.account.id, created, updated, kept };
        });
      } catch (error) {
        if (error instanceof AppError || storageError(error) !== undefined) throw error;
        // A unique name or a reference this workspace does not satisfy: nothing was written.
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
          throw refuse('package_clash', { record: current || records.account.name });
        }
        throw error;
      }
      previews.delete(previewId);
      if (result.created + result.updated > 0) {
        for (const entity of PACKAGE_ENTITIES) touch(entity);
        touch('map_position');
      }
      return result;
    },
  };
}

export function packagesHandlers(s: PackagesService): HandlersOf<'packages'> {
  return {
    'packages.export': (input) => s.export(input),
    'packages.preview': (input) => s.preview(input),
    'packages.apply': (input) => s.apply(input),
  };
}

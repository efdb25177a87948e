import { z } from 'zod';
import { activity } from './activities.ts';
import { committeeMember } from './committee.ts';
import { competitor, criterion, dealCompetitor, dealOutcome, swot } from './competition.ts';
import { accountScoring, factorScores, score10 } from './evaluation.ts';
import { generatedFile } from './imports.ts';
import { negotiationSheet } from './negotiation.ts';
import { influenceLine, mapPosition } from './orgchart.ts';
import { criterionEvidence, stageConfirmation } from './pipeline.ts';
import { account, id, opportunity, person } from './schemas.ts';

// Account packages (issue 14): one account with everything of it as a `.dwpkg` file that a
// colleague imports into their own workspace. Records keep their ids across workspaces, so an
// import can tell what is new, what changed on one side since the last exchange, and what changed
// on both. The file format is documented in docs/account-package.md.

export const PACKAGE_FORMAT = 'deal-workbench-account-package';
/** The newest package format this build reads and the one it writes. */
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.dwpkg';
export const PACKAGE_MIME_TYPE = 'application/vnd.deal-workbench.account-package+zip';

/** The largest package accepted, as bytes (the base64 text sent is a third larger). */
export const MAX_PACKAGE_BYTES = 40 * 1024 * 1024;
const MAX_PACKAGE_BASE64_CHARS = Math.ceil(MAX_PACKAGE_BYTES / 3) * 4;

/**
 * The kinds of records a package carries, in the order an import writes them (a record is
 * written after the records it refers to). Names are the change history's entity names.
 */
export const PACKAGE_ENTITIES = [
  'account',
  'competitor',
  'person',
  'influence_line',
  'opportunity',
  'stage_evidence',
  'stage_confirmation',
  'deal_evaluation',
  'committee_member',
  'deal_competitor',
  'criterion',
  'deal_outcome',
  'swot',
  'negotiation',
  'activity',
  'account_scoring',
] as const;
export type PackageEntity = (typeof PACKAGE_ENTITIES)[number];

// Each record as its repository stores it: derived fields (a deal competitor's name, a
// criterion's weight share, a sheet's warnings) are left out, row ids kept.
const storedDealCompetitor = dealCompetitor.omit({ competitorName: true }).extend({ id });
const storedCriterion = criterion.omit({ weightPercent: true });
const storedOutcome = dealOutcome.extend({ id });
const storedSwot = swot.extend({ id });
const storedSheet = negotiationSheet.omit({ warnings: true });
// A deal's evaluation and an account's grading are stored under the deal's or the account's id.
const storedEvaluation = z.object({
  id,
  scores: factorScores.partial(),
  attractiveness: score10.nullable(),
  feasibility: score10.nullable(),
  note: z.string(),
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const storedAccountScoring = accountScoring
  .pick({
    lastPurchaseDate: true,
    purchaseCount: true,
    purchaseAmount: true,
    creditFlags: true,
    creditNote: true,
  })
  .extend({ id, version: z.number().int().min(1), createdAt: z.string(), updatedAt: z.string() });

/** records.json: the records of one account, each list in PACKAGE_ENTITIES' order. */
export const packageRecords = z.object({
  account,
  competitors: z.array(competitor),
  people: z.array(person),
  influenceLines: z.array(influenceLine),
  /** Cards placed by hand on the account map (cosmetic: no version, no history). */
  mapPositions: z.array(mapPosition),
  opportunities: z.array(opportunity),
  /** Per deal, stage and criterion: met or not, with the note and date of the evidence. */
  stageEvidence: z.array(criterionEvidence),
  /** Advances past unmet criteria, as recorded (never edited). */
  stageConfirmations: z.array(stageConfirmation),
  dealEvaluations: z.array(storedEvaluation),
  committeeMembers: z.array(committeeMember),
  dealCompetitors: z.array(storedDealCompetitor),
  criteria: z.array(storedCriterion),
  outcomes: z.array(storedOutcome),
  swots: z.array(storedSwot),
  negotiations: z.array(storedSheet),
  activities: z.array(activity),
  /** The account's grading (RFM figures, credit warning signs), when it has one. */
  accountScoring: z.array(storedAccountScoring).max(1),
});
export type PackageRecords = z.infer<typeof packageRecords>;

/** Versions of one record a package says its sender has seen: at most this many, the latest. */
export const MAX_SEEN_VERSIONS = 20;

/**
 * exchanges.json: per item key (`<entity>:<key>`), the hashes of the versions of the record the
 * sender exchanged before (its current one included). Absent in a package: nothing seen.
 */
export const packageExchanges = z.record(
  z.string().max(200),
  z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(MAX_SEEN_VERSIONS),
);
export type PackageExchanges = z.infer<typeof packageExchanges>;

export const packageCounts = z.partialRecord(z.enum(PACKAGE_ENTITIES), z.number().int().min(0));
export type PackageCounts = z.infer<typeof packageCounts>;

/** manifest.json: read first; a newer formatVersion is refused before anything else is read. */
export const packageManifest = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(0),
  exportedAt: z.string(),
  accountId: id,
  accountName: z.string(),
  counts: packageCounts,
});
export type PackageManifest = z.infer<typeof packageManifest>;

/**
 * How a record of the package stands against this workspace:
 * new — not here; same — equal here; theirs — the sender had seen this workspace's version and
 * changed it; mine — this workspace had seen the package's version and changed it; conflict —
 * changed on both sides, or never exchanged and different.
 */
export const PACKAGE_ITEM_STATUSES = ['new', 'theirs', 'mine', 'conflict', 'same'] as const;
export type PackageItemStatus = (typeof PACKAGE_ITEM_STATUSES)[number];

export const packageResolution = z.enum(['mine', 'theirs']);
export type PackageResolution = z.infer<typeof packageResolution>;

/** `<entity>:<key>`, unique within a package. */
const itemKey = z.string().min(1).max(200);

export const packageItem = z.object({
  key: itemKey,
  entity: z.enum(PACKAGE_ENTITIES),
  label: z.string(),
  status: z.enum(PACKAGE_ITEM_STATUSES),
  /** The fields whose values differ here and in the package, as display text. */
  fields: z.array(z.object({ field: z.string(), mine: z.string(), theirs: z.string() })),
});
export type PackageItem = z.infer<typeof packageItem>;

export const packageStatusCounts = z.object({
  new: z.number().int().min(0),
  theirs: z.number().int().min(0),
  mine: z.number().int().min(0),
  conflict: z.number().int().min(0),
  same: z.number().int().min(0),
});
export type PackageStatusCounts = z.infer<typeof packageStatusCounts>;

const previewId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const packagePreview = z.object({
  previewId,
  fileName: z.string(),
  accountName: z.string(),
  exportedAt: z.string(),
  appVersion: z.string(),
  items: z.array(packageItem),
  counts: packageStatusCounts,
});
export type PackagePreview = z.infer<typeof packagePreview>;

export const packageApplyResult = z.object({
  accountId: id,
  /** Records added, records replaced by the package's version, records kept as they were here. */
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  kept: z.number().int().min(0),
});
export type PackageApplyResult = z.infer<typeof packageApplyResult>;

export const packageChannels = {
  /** The account's package file; remembers what was exchanged, for the next import's statuses. */
  'packages.export': { input: z.strictObject({ accountId: id }), output: generatedFile },
  /**
   * Reads a package and compares it with this workspace; nothing is written. Refused
   * (`invalid_input`): a foreign or damaged file, a newer format, a record that breaks the contract.
   */
  'packages.preview': {
    input: z.strictObject({
      fileName: z.string().trim().min(1).max(255),
      /** The file's bytes, base64. */
      data: z.string().min(1).max(MAX_PACKAGE_BASE64_CHARS),
    }),
    output: packagePreview,
  },
  /**
   * Writes the package after a backup, in one transaction: new records, and the package's version
   * of `theirs` records and of the conflicts resolved so (`choices` per item key, else
   * `resolution`). A preview that is gone is refused (`not_found`).
   */
  'packages.apply': {
    input: z.strictObject({
      previewId,
      resolution: packageResolution.default('mine'),
      choices: z.record(itemKey, packageResolution).default({}),
    }),
    output: packageApplyResult,
  },
} as const;

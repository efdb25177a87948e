import type { z } from 'zod';

/**
 * Field-level problems, shared by the router (authority) and the forms (as-you-type).
 * `code` is stable and translated by the renderer; `message` is English for API clients.
 */
export const ISSUE_CODES = [
  'required',
  'too_long',
  'too_small',
  'too_big',
  'negative_amount',
  'not_integer',
  'invalid_email',
  'invalid_date',
  'invalid_url',
  'invalid_option',
  'invalid_type',
  'unknown_field',
  'reason_required',
  'manager_cycle',
  'manager_self',
  'manager_other_account',
  'manager_not_found',
  'account_not_found',
  'account_archived',
  'duplicate_name',
  'unknown_role',
  'person_other_account',
  'person_not_found',
  'not_a_member',
  'person_required',
  'manager_external',
  'influence_self',
  'influence_duplicate',
  'influence_other_account',
  'opportunity_other_account',
  'competitor_not_found',
  'competitor_not_in_deal',
  'weights_all_zero',
  'walk_away_better_than_target',
  'ideal_worse_than_target',
  'unknown_issue',
  'duplicate_issue',
  'limit_needs_direction',
  'deal_not_closed',
  'winner_mismatch',
  'duplicate_person',
  'probability_range',
  'stage_not_in_set',
  'criterion_not_in_stage',
  'unmet_criteria',
  'next_date_before_date',
  'snapshot_not_found',
  'path_invalid',
  'path_not_absolute',
  'path_not_normalized',
  'path_is_folder',
  'folder_missing',
  'folder_not_writable',
  'file_missing',
  'file_exists',
  'file_in_use',
  'same_file',
  'needs_sqlite_extension',
  'not_a_workspace',
  'workspace_too_new',
  'duplicate_stage',
  'stage_in_use',
  'stage_set_exists',
  'invalid_quarter',
  'score_range',
  'weights_zero',
  'tiers_order',
  'date_in_future',
  'duplicate_flag',
  'confirm_name_mismatch',
  'passphrase_too_short',
  'wrong_passphrase',
  'passphrase_mismatch',
  'not_a_number',
  'unrecognised_date',
  'ambiguous_date',
  'unknown_value',
  'duplicate_in_file',
  'account_missing',
  'account_unknown',
  'reports_to_not_found',
  'reports_to_ambiguous',
  'reports_to_refused',
  'opportunity_unknown',
  'attendee_unknown',
  'external_id_other_account',
  'file_too_large',
  'file_not_base64',
  'package_foreign',
  'package_damaged',
  'package_too_new',
  'package_invalid_record',
  'package_broken_reference',
  'package_stage_set_unknown',
  'package_clash',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type Issue = {
  /** Field path, e.g. ['managerId']; empty for the whole input. */
  path: (string | number)[];
  code: IssueCode;
  message: string;
  /** Values for the message, e.g. { max: 200 }. */
  params?: Record<string, string | number>;
};

export const ISSUE_MESSAGES: Record<IssueCode, string> = {
  required: 'This field is required.',
  too_long: 'Must be at most {{max}} characters.',
  too_small: 'Must be at least {{min}}.',
  too_big: 'Must be at most {{max}}.',
  negative_amount: 'The amount cannot be negative.',
  not_integer: 'Must be a whole number.',
  invalid_email: 'Not a valid e-mail address.',
  invalid_date: 'Not a valid date (YYYY-MM-DD).',
  invalid_url: 'Not a valid web address.',
  invalid_option: 'Not one of the allowed values.',
  invalid_type: 'Wrong kind of value.',
  unknown_field: 'Unknown field: {{keys}}.',
  reason_required: 'Give a reason when a deal is lost or dropped.',
  manager_cycle:
    'This reporting line would make a loop: the person would end up reporting to themselves.',
  manager_self: 'A person cannot report to themselves.',
  manager_other_account: 'The manager must be a person of the same account.',
  manager_not_found: 'That manager does not exist.',
  account_not_found: 'That account does not exist.',
  account_archived: 'That account is archived.',
  duplicate_name: 'Another active account already has this name.',
  unknown_role: 'Not a buying role of this workspace.',
  person_other_account: 'This person belongs to another account than the deal.',
  person_not_found: 'That person does not exist.',
  not_a_member: 'This person is not on the buying committee.',
  person_required: 'Choose a person, or remove the row.',
  manager_external:
    'People outside the customer have no reporting line in its organisation; use an influence line.',
  influence_self: 'An influence line needs two different people.',
  influence_duplicate: 'These two people already have a line of this kind.',
  influence_other_account: 'Both ends of an influence line must be people of this account.',
  opportunity_other_account: 'That opportunity belongs to another account.',
  competitor_not_found: 'That competitor does not exist or is archived.',
  competitor_not_in_deal: 'That competitor is not in this deal.',
  weights_all_zero: 'At least one criterion needs a weight above zero.',
  walk_away_better_than_target: 'The walk-away point cannot be better than the target.',
  ideal_worse_than_target: 'The ideal outcome cannot be worse than the target.',
  unknown_issue: 'Not an issue of this negotiation sheet.',
  duplicate_issue: 'This issue is already on the sheet.',
  limit_needs_direction:
    'Say whether higher or lower is better, so that a concession past the limit is noticed.',
  deal_not_closed: 'Record the winner once the deal is won, lost or dropped.',
  winner_mismatch: 'The winner does not match the deal status (won means we won).',
  duplicate_person: 'This person is listed twice.',
  probability_range: 'Probability must be a whole number from 0 to 100.',
  stage_not_in_set: "Not a stage of this deal's stage set.",
  criterion_not_in_stage: 'Not an exit criterion of that stage.',
  unmet_criteria: '{{count}} exit criteria are not met; confirm to move the deal forward anyway.',
  next_date_before_date: 'The next date cannot be before the activity date.',
  snapshot_not_found: 'That forecast snapshot does not exist.',
  path_invalid: 'This path holds a character no file name may have.',
  path_not_absolute:
    'Give the full path, starting from the root of the disk (such as /home/li/deals.sqlite).',
  path_not_normalized: 'Give the path without "..", "." or doubled separators.',
  path_is_folder: 'This is a folder; give the path of a file in it.',
  folder_missing: 'The folder {{folder}} does not exist.',
  folder_not_writable: 'The folder {{folder}} cannot be written to.',
  file_missing: 'There is no file at this path.',
  file_exists: 'A file with this name already exists.',
  file_in_use: 'This file is open in Deal Workbench or another program.',
  same_file: 'This is the workspace that is open now.',
  needs_sqlite_extension: 'A workspace file name ends in .sqlite.',
  not_a_workspace: 'This file is not a Deal Workbench workspace. It was not changed.',
  workspace_too_new:
    'This workspace was made by a newer version of Deal Workbench. Update Deal Workbench to open it.',
  duplicate_stage: 'Two stages of a stage set cannot share a key.',
  stage_in_use:
    'The stage “{{stage}}” still has {{count}} deals; move them to another stage before removing it.',
  stage_set_exists: 'A stage set with this id already exists.',
  invalid_quarter: 'Not a valid quarter (YYYY-Qn, n from 1 to 4).',
  score_range: 'A score must be a whole number from 1 to 10.',
  weights_zero: 'At least one weight must be above zero.',
  tiers_order: 'Each tier needs more points than the tier below it.',
  date_in_future: 'This date is in the future.',
  duplicate_flag: 'This warning sign is already flagged.',
  confirm_name_mismatch: 'Type the name exactly as shown to confirm.',
  passphrase_too_short: 'A passphrase needs at least 8 characters.',
  wrong_passphrase: 'This is not the workspace’s current passphrase.',
  passphrase_mismatch: 'The two passphrases are not the same.',
  not_a_number: 'Not a number: “{{value}}”.',
  unrecognised_date:
    'Not a date that can be read: “{{value}}” (write it as 2026-03-05, 2026/3/5 or 2026年3月5日).',
  ambiguous_date:
    '“{{value}}” can be read two ways: choose whether the month or the day comes first.',
  unknown_value: '“{{value}}” is not mapped to one of our values.',
  duplicate_in_file: 'The same record is already in row {{row}} of the file.',
  account_missing:
    'No account: fill in the account column, or choose one account for the whole file.',
  account_unknown: 'No account “{{value}}” in the workspace; import the accounts first.',
  reports_to_not_found: 'No one named “{{value}}” in this account, in the file or the workspace.',
  reports_to_ambiguous:
    'Several people of this account are named “{{value}}”; give the manager’s id instead.',
  reports_to_refused: 'The manager “{{value}}” is in a refused row.',
  opportunity_unknown: 'No opportunity “{{value}}” in this account.',
  attendee_unknown: 'No one named “{{value}}” in this account.',
  external_id_other_account: 'The record with this id belongs to another account.',
  // 20 MB: MAX_IMPORT_FILE_BYTES of shared/imports.ts (a test keeps the two equal).
  file_too_large: 'The file is larger than 20 MB, the most Deal Workbench imports at once.',
  file_not_base64: 'The file did not arrive intact. Choose it again.',
  package_foreign: 'This file is not a Deal Workbench account package. Nothing was imported.',
  package_damaged: 'This account package is damaged and cannot be read. Nothing was imported.',
  package_too_new:
    'This account package was made by a newer version of Deal Workbench (format {{version}}). Update Deal Workbench to open it. Nothing was imported.',
  package_invalid_record:
    'The package holds a record that is not valid: {{record}}. Nothing was imported.',
  package_broken_reference:
    'The package holds a record that refers to one it does not carry: {{record}}. Nothing was imported.',
  package_stage_set_unknown:
    'The deal “{{deal}}” uses a stage set this workspace does not have ({{stageSet}}). Add it in Settings, then import again. Nothing was imported.',
  package_clash:
    'The package’s record “{{record}}” clashes with one in this workspace (a name already used, for example). Nothing was imported.',
};

export function formatIssueMessage(code: IssueCode, params?: Issue['params']): string {
  return ISSUE_MESSAGES[code].replace(/\{\{(\w+)\}\}/g, (_, k: string) =>
    String(params?.[k] ?? ''),
  );
}

export function makeIssue(path: Issue['path'], code: IssueCode, params?: Issue['params']): Issue {
  return { path, code, message: formatIssueMessage(code, params), ...(params ? { params } : {}) };
}

const isIssueCode = (s: string): s is IssueCode => (ISSUE_CODES as readonly string[]).includes(s);

/** Turns zod's issues into ours. Schemas set `error: '<code>'` where zod's own code is too coarse. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((i) => {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (isIssueCode(i.message)) return makeIssue(path, i.message, limitParams(i));
    switch (i.code) {
      case 'too_big':
        return i.origin === 'string'
          ? makeIssue(path, 'too_long', { max: Number(i.maximum) })
          : makeIssue(path, 'too_big', { max: Number(i.maximum) });
      case 'too_small':
        return i.origin === 'string'
          ? makeIssue(path, 'required')
          : makeIssue(path, 'too_small', { min: Number(i.minimum) });
      case 'invalid_format':
        if (i.format === 'email') return makeIssue(path, 'invalid_email');
        if (i.format === 'date') return makeIssue(path, 'invalid_date');
        if (i.format === 'url') return makeIssue(path, 'invalid_url');
        return makeIssue(path, 'invalid_type');
      case 'invalid_value':
        return makeIssue(path, 'invalid_option');
      case 'unrecognized_keys':
        return makeIssue(path, 'unknown_field', { keys: i.keys.join(', ') });
      case 'invalid_type':
        return makeIssue(path, i.input === undefined ? 'required' : 'invalid_type');
      default:
        return makeIssue(path, 'invalid_type');
    }
  });
}

function limitParams(i: z.core.$ZodIssue): Issue['params'] {
  if (i.code === 'too_big') return { max: Number(i.maximum) };
  if (i.code === 'too_small') return { min: Number(i.minimum) };
  return undefined;
}

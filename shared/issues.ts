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
  'export_not_a_number',
  'export_not_integer',
  'export_not_a_date',
  'export_row_too_long',
  'team_name_taken',
  'team_manager_self',
  'team_manager_loop',
  'team_member_not_found',
  'undo_nothing',
  'redo_nothing',
  'undo_not_now',
  'redo_not_now',
  'undo_changed_later',
  'undo_record_gone',
  'undo_record_back',
  'undo_referenced',
  'undo_clash',
  'undo_unsupported',
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
  export_not_a_number: 'Row {{row}}, column “{{column}}”: not a number. Nothing was exported.',
  export_not_integer: 'Row {{row}}, column “{{column}}”: not a whole number. Nothing was exported.',
  export_not_a_date:
    'Row {{row}}, column “{{column}}”: not a date (YYYY-MM-DD). Nothing was exported.',
  export_row_too_long: 'Row {{row}} has more cells than there are columns. Nothing was exported.',
  team_name_taken: 'Another team member already has this name.',
  team_manager_self: 'A team member cannot be their own manager.',
  team_manager_loop:
    'This manager reports to this member, directly or further down: the line would make a loop.',
  team_member_not_found: 'That team member does not exist.',
  undo_nothing: 'There is nothing to undo.',
  redo_nothing: 'There is nothing to redo.',
  undo_not_now: 'This change was already undone.',
  redo_not_now: 'This change cannot be redone: it was not undone, or something was saved since.',
  undo_changed_later:
    'Not undone: a field it changed was changed again afterwards. Nothing changed.',
  undo_record_gone: 'Not undone: a record it changed no longer exists. Nothing changed.',
  undo_record_back: 'Not undone: a record it removed exists again. Nothing changed.',
  undo_referenced:
    'Not undone: something saved since refers to a record it created (a person, a deal, a line…). Nothing changed.',
  undo_clash:
    'Not undone: it would clash with a record saved since (a name already used, for example). Nothing changed.',
  undo_unsupported: 'This kind of change cannot be undone. Nothing changed.',
};

/**
 * The same messages in Chinese: the interface's (renderer/i18n/zh-CN.ts) and the main process's
 * where it writes text for people, such as the reasons in a file of refused import rows.
 */
export const ISSUE_MESSAGES_ZH_CN: Record<IssueCode, string> = {
  required: '此项为必填项。',
  too_long: '最多 {{max}} 个字符。',
  too_small: '不能小于 {{min}}。',
  too_big: '不能大于 {{max}}。',
  negative_amount: '金额不能为负数。',
  not_integer: '必须是整数。',
  invalid_email: '电子邮箱地址无效。',
  invalid_date: '日期无效（格式为 YYYY-MM-DD）。',
  invalid_url: '网址无效。',
  invalid_option: '不是允许的选项。',
  invalid_type: '取值类型不正确。',
  unknown_field: '未知字段：{{keys}}。',
  reason_required: '丢单或放弃时请填写原因。',
  manager_cycle: '这条汇报关系会形成循环：此人最终会向自己汇报。',
  manager_self: '不能向自己汇报。',
  manager_other_account: '上级必须是同一客户的联系人。',
  manager_not_found: '该上级不存在。',
  account_not_found: '该客户不存在。',
  account_archived: '该客户已归档。',
  duplicate_name: '已有另一个未归档的客户使用此名称。',
  unknown_role: '不是本工作区的采购角色。',
  person_other_account: '此人属于另一个客户，不属于该项目的客户。',
  person_not_found: '此人不存在。',
  not_a_member: '此人不在采购中心名单中。',
  person_required: '请选择一个人，或删除这一行。',
  manager_external: '客户外部人员在其组织中没有汇报线；请改用影响线。',
  influence_self: '影响线需要连接两个不同的人。',
  influence_duplicate: '这两人之间已有同类影响线。',
  influence_other_account: '影响线两端必须都是本客户的人员。',
  opportunity_other_account: '该项目属于其他客户。',
  competitor_not_found: '该竞争对手不存在或已归档。',
  competitor_not_in_deal: '该竞争对手不在本项目中。',
  weights_all_zero: '至少要有一项采购标准的权重大于零。',
  walk_away_better_than_target: '底线不能优于目标。',
  ideal_worse_than_target: '理想结果不能差于目标。',
  unknown_issue: '不是本谈判准备表中的议题。',
  duplicate_issue: '该议题已在准备表中。',
  limit_needs_direction: '请选择数值越高越好还是越低越好，以便发现超出底线的让步。',
  deal_not_closed: '项目赢单、丢单或放弃后才能记录赢家。',
  winner_mismatch: '赢家与项目状态不符（赢单即我方获胜）。',
  duplicate_person: '此人被列了两次。',
  probability_range: '成交可能性须为 0 到 100 之间的整数。',
  stage_not_in_set: '不是该项目所用阶段方案中的阶段。',
  criterion_not_in_stage: '不是该阶段的阶段条件。',
  unmet_criteria: '有 {{count}} 项阶段条件未满足；确认后才能推进到下一阶段。',
  next_date_before_date: '下次联络日期不能早于本次日期。',
  snapshot_not_found: '该预测快照不存在。',
  path_invalid: '路径中含有文件名不允许的字符。',
  path_not_absolute: '请填写从磁盘根目录开始的完整路径（例如 /home/li/deals.sqlite）。',
  path_not_normalized: '路径中不能有“..”“.”或重复的分隔符。',
  path_is_folder: '这是一个文件夹，请填写其中某个文件的路径。',
  folder_missing: '文件夹 {{folder}} 不存在。',
  folder_not_writable: '无法写入文件夹 {{folder}}。',
  file_missing: '此路径下没有文件。',
  file_exists: '已有同名文件。',
  file_in_use: '此文件正被 Deal Workbench 或其他程序使用。',
  same_file: '这就是当前打开的工作区。',
  needs_sqlite_extension: '工作区文件名须以 .sqlite 结尾。',
  not_a_workspace: '此文件不是 Deal Workbench 工作区，未做任何更改。',
  workspace_too_new: '此工作区由更新版本的 Deal Workbench 创建。请更新 Deal Workbench 后再打开。',
  duplicate_stage: '同一阶段方案中的阶段编码不能重复。',
  stage_in_use: '阶段“{{stage}}”中还有 {{count}} 个项目；请先把它们移到其他阶段再删除。',
  stage_set_exists: '已存在相同编号的阶段方案。',
  invalid_quarter: '季度格式无效（格式为 YYYY-Qn，n 为 1 到 4）。',
  score_range: '评分必须是 1 到 10 之间的整数。',
  weights_zero: '至少一个权重须大于零。',
  tiers_order: '每个等级的最低分必须高于下一等级。',
  date_in_future: '该日期在未来。',
  duplicate_flag: '该风险信号已标记。',
  confirm_name_mismatch: '请按所示准确输入名称以确认。',
  passphrase_too_short: '密码至少需要 8 个字符。',
  wrong_passphrase: '这不是工作区当前的密码。',
  passphrase_mismatch: '两次输入的密码不一致。',
  not_a_number: '不是数字：“{{value}}”。',
  unrecognised_date: '无法识别的日期：“{{value}}”（请写成 2026-03-05、2026/3/5 或 2026年3月5日）。',
  ambiguous_date: '“{{value}}”有两种读法：请选择月份在前还是日期在前。',
  unknown_value: '“{{value}}”没有对应到本系统的取值。',
  duplicate_in_file: '同一条记录已在文件第 {{row}} 行出现。',
  account_missing: '缺少客户：请填写客户列，或为整个文件选择一个客户。',
  account_unknown: '工作区中没有客户“{{value}}”；请先导入客户。',
  reports_to_not_found: '在文件和工作区中，此客户都没有名为“{{value}}”的人。',
  reports_to_ambiguous: '此客户有多人名为“{{value}}”；请改填上级的编号。',
  reports_to_refused: '上级“{{value}}”所在的行未被导入。',
  opportunity_unknown: '此客户没有项目“{{value}}”。',
  attendee_unknown: '此客户没有名为“{{value}}”的人。',
  external_id_other_account: '此编号对应的记录属于另一个客户。',
  file_too_large: '文件超过 20 MB，超出一次导入的上限。',
  file_not_base64: '文件未能完整传入，请重新选择文件。',
  package_foreign: '此文件不是 Deal Workbench 客户资料包，未导入任何内容。',
  package_damaged: '此客户资料包已损坏，无法读取，未导入任何内容。',
  package_too_new:
    '此客户资料包由更新版本的 Deal Workbench 创建（格式 {{version}}）。请更新 Deal Workbench 后再打开，未导入任何内容。',
  package_invalid_record: '资料包中有一条无效记录：{{record}}。未导入任何内容。',
  package_broken_reference: '资料包中有一条记录引用了包中没有的记录：{{record}}。未导入任何内容。',
  package_stage_set_unknown:
    '项目“{{deal}}”使用的阶段方案（{{stageSet}}）在本工作区中不存在。请先在设置中添加，再重新导入。未导入任何内容。',
  package_clash:
    '资料包中的记录“{{record}}”与本工作区中的记录冲突（例如名称已被使用）。未导入任何内容。',
  export_not_a_number: '第 {{row}} 行“{{column}}”列：不是数字。未导出任何内容。',
  export_not_integer: '第 {{row}} 行“{{column}}”列：不是整数。未导出任何内容。',
  export_not_a_date: '第 {{row}} 行“{{column}}”列：不是日期（YYYY-MM-DD）。未导出任何内容。',
  export_row_too_long: '第 {{row}} 行的单元格比列多。未导出任何内容。',
  team_name_taken: '已有另一位团队成员使用此姓名。',
  team_manager_self: '团队成员不能是自己的上级。',
  team_manager_loop: '此上级直接或间接向该成员汇报：这条汇报关系会形成循环。',
  team_member_not_found: '该团队成员不存在。',
  undo_nothing: '没有可撤销的操作。',
  redo_nothing: '没有可重做的操作。',
  undo_not_now: '此更改已撤销。',
  redo_not_now: '此更改无法重做：它未被撤销，或之后已保存了其他更改。',
  undo_changed_later: '未撤销：它更改的字段之后又被更改过。未做任何更改。',
  undo_record_gone: '未撤销：它更改的记录已不存在。未做任何更改。',
  undo_record_back: '未撤销：它删除的记录已再次存在。未做任何更改。',
  undo_referenced:
    '未撤销：之后保存的内容引用了它创建的记录（联系人、项目、关系线等）。未做任何更改。',
  undo_clash: '未撤销：会与之后保存的记录冲突（例如名称已被使用）。未做任何更改。',
  undo_unsupported: '此类更改无法撤销。未做任何更改。',
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

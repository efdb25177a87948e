import type { Locale } from '../shared/enums.ts';
import { formatIssueMessage, type Issue, type IssueCode } from '../shared/issues.ts';

// The Electron application menu's words in both languages. The main process has no i18next, so
// the menu and its native dialogs take theirs from here, by the app's locale.

export type MenuLabels = {
  locale: Locale;
  file: string;
  newWorkspace: string;
  openWorkspace: string;
  saveCopy: string;
  openRecent: string;
  noRecent: string;
  missing: string;
  clearMissing: string;
  importData: string;
  exportList: string;
  print: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  pasteAndMatchStyle: string;
  delete: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  window: string;
  minimize: string;
  zoom: string;
  close: string;
  bringAllToFront: string;
  help: string;
  keyboardShortcuts: string;
  openDataFolder: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  workspaceFilter: string;
  newWorkspaceTitle: string;
  openWorkspaceTitle: string;
  saveCopyTitle: string;
  defaultNewName: string;
  copyName: string;
  failed: string;
  savedCopy: string;
  dataFolderFailed: string;
};

const en: MenuLabels = {
  locale: 'en',
  file: '&File',
  newWorkspace: 'New Workspace…',
  openWorkspace: 'Open Workspace…',
  saveCopy: 'Save a Copy…',
  openRecent: 'Open Recent',
  noRecent: 'No recent workspaces',
  missing: '{name} (missing)',
  clearMissing: 'Remove Missing Files from List',
  importData: 'Import…',
  exportList: 'Export…',
  print: 'Print…',
  quit: 'Quit',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAndMatchStyle: 'Paste and Match Style',
  delete: 'Delete',
  selectAll: 'Select All',
  view: '&View',
  reload: 'Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Toggle Full Screen',
  window: '&Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  close: 'Close',
  bringAllToFront: 'Bring All to Front',
  help: '&Help',
  keyboardShortcuts: 'Keyboard Shortcuts',
  openDataFolder: 'Open Data Folder',
  about: 'About Deal Workbench',
  services: 'Services',
  hide: 'Hide Deal Workbench',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  workspaceFilter: 'Deal Workbench workspace',
  newWorkspaceTitle: 'New workspace',
  openWorkspaceTitle: 'Open a workspace',
  saveCopyTitle: 'Save a copy of the workspace',
  defaultNewName: 'new workspace.sqlite',
  copyName: '{name} copy.sqlite',
  failed: 'That did not work',
  savedCopy: 'Saved a copy to {path}.',
  dataFolderFailed: 'The data folder {path} could not be opened: {reason}',
};

const zhCN: MenuLabels = {
  locale: 'zh-CN',
  file: '文件(&F)',
  newWorkspace: '新建工作区…',
  openWorkspace: '打开工作区…',
  saveCopy: '另存副本…',
  openRecent: '最近使用的工作区',
  noRecent: '没有最近使用的工作区',
  missing: '{name}（缺失）',
  clearMissing: '从列表中移除缺失的文件',
  importData: '导入…',
  exportList: '导出…',
  print: '打印…',
  quit: '退出',
  edit: '编辑(&E)',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  pasteAndMatchStyle: '粘贴并匹配样式',
  delete: '删除',
  selectAll: '全选',
  view: '视图(&V)',
  reload: '重新加载',
  toggleDevTools: '切换开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  fullScreen: '切换全屏',
  window: '窗口(&W)',
  minimize: '最小化',
  zoom: '缩放',
  close: '关闭',
  bringAllToFront: '全部置于顶层',
  help: '帮助(&H)',
  keyboardShortcuts: '键盘快捷键',
  openDataFolder: '打开数据文件夹',
  about: '关于大客户销售工作台',
  services: '服务',
  hide: '隐藏大客户销售工作台',
  hideOthers: '隐藏其他',
  showAll: '全部显示',
  workspaceFilter: 'Deal Workbench 工作区',
  newWorkspaceTitle: '新建工作区',
  openWorkspaceTitle: '打开工作区',
  saveCopyTitle: '另存工作区副本',
  defaultNewName: '新工作区.sqlite',
  copyName: '{name} 副本.sqlite',
  failed: '操作未完成',
  savedCopy: '已将副本保存到 {path}。',
  dataFolderFailed: '无法打开数据文件夹 {path}：{reason}',
};

/** The menu's words for the app's locale. */
export function menuLabels(locale: Locale): MenuLabels {
  return locale === 'zh-CN' ? zhCN : en;
}

/** Fills `{name}`-style blanks. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

// Why the session refused a file chosen in a native dialog, by the issue's code. In English the
// contract's own message serves, except where a dialog chooses rather than types a path; in
// Chinese, the file's reasons; any other refusal shows the session's own message.
const dialogWordingEn: Partial<Record<IssueCode, string>> = {
  path_is_folder: 'This is a folder; choose a file in it.',
  file_missing: 'The file is no longer there.',
};

const reasonsZhCN: Partial<Record<IssueCode, string>> = {
  path_is_folder: '这是一个文件夹，请选择其中的文件。',
  folder_missing: '文件夹 {folder} 不存在。',
  folder_not_writable: '无法写入文件夹 {folder}。',
  file_missing: '文件已不在原处。',
  file_exists: '已有同名文件。',
  file_in_use: '此文件正被 Deal Workbench 或其他程序使用。',
  same_file: '这就是当前打开的工作区。',
  needs_sqlite_extension: '工作区文件名须以 .sqlite 结尾。',
  not_a_workspace: '此文件不是 Deal Workbench 工作区，未做任何更改。',
  workspace_too_new: '此工作区由更新版本的 Deal Workbench 创建。请更新 Deal Workbench 后再打开。',
};

/** The refusal of a chosen file in the app's language, when its issue is one of the file's. */
export function refusalReason(
  locale: Locale,
  issue: Pick<Issue, 'code' | 'message' | 'params'> | undefined,
  fallback: string,
): string {
  if (!issue) return fallback;
  const zh = reasonsZhCN[issue.code];
  if (zh === undefined) return issue.message;
  if (locale !== 'zh-CN')
    return dialogWordingEn[issue.code] ?? formatIssueMessage(issue.code, issue.params);
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([key, value]) => [key, String(value)]),
  );
  return fill(zh, params);
}

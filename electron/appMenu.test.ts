import { describe, expect, it, vi } from 'vitest';
import type { RecentWorkspace } from '../shared/workspace.ts';
import { appMenuTemplate, type MenuActions, type MenuItem, type MenuState } from './appMenu.ts';
import { menuLabels } from './menuLabels.ts';

const recent: RecentWorkspace[] = [
  {
    path: '/d/team.sqlite',
    name: 'team.sqlite',
    lastOpenedAt: '2026-12-01T00:00:00Z',
    exists: true,
  },
  { path: '/d/R&D.sqlite', name: 'R&D.sqlite', lastOpenedAt: '2026-11-01T00:00:00Z', exists: true },
  {
    path: '/d/old.sqlite',
    name: 'old.sqlite',
    lastOpenedAt: '2026-10-01T00:00:00Z',
    exists: false,
  },
];

function build(state: Partial<MenuState> = {}) {
  const actions: MenuActions = {
    newWorkspace: vi.fn(),
    openWorkspace: vi.fn(),
    saveCopy: vi.fn(),
    openRecent: vi.fn(),
    forgetMissing: vi.fn(),
    send: vi.fn(),
    openDataFolder: vi.fn(),
  };
  const template = appMenuTemplate(
    {
      labels: menuLabels('en'),
      recent,
      currentPath: '/d/team.sqlite',
      isPackaged: true,
      platform: 'win32',
      appName: 'Deal Workbench',
      ...state,
    },
    actions,
  );
  return { template, actions };
}

/** Labels as a tree, separators as "—", accelerators after "|", roles in brackets. */
const outline = (items: MenuItem[]): unknown[] =>
  items.map((item) => {
    if (item.type === 'separator') return '—';
    const text = `${item.label}${item.accelerator ? ` | ${item.accelerator}` : ''}${item.role ? ` [${item.role}]` : ''}`;
    return item.submenu ? { [text]: outline(item.submenu) } : text;
  });

const find = (items: MenuItem[], ...labels: string[]): MenuItem => {
  let item: MenuItem | undefined;
  let level = items;
  for (const label of labels) {
    item = level.find((candidate) => candidate.label === label);
    if (!item) throw new Error(`no item ${labels.join(' > ')}`);
    level = item.submenu ?? [];
  }
  return item!;
};

const allItems = (items: MenuItem[]): MenuItem[] =>
  items.flatMap((item) => [item, ...allItems(item.submenu ?? [])]);

describe('the application menu', () => {
  it('is File, Edit, View, Window, Help in English on Windows, packaged: no developer tools', () => {
    expect(outline(build().template)).toEqual([
      {
        '&File': [
          'New Workspace… | CmdOrCtrl+N',
          'Open Workspace… | CmdOrCtrl+O',
          'Save a Copy… | CmdOrCtrl+Shift+S',
          {
            'Open Recent': [
              'team.sqlite',
              'R&&D.sqlite',
              'old.sqlite (missing)',
              '—',
              'Remove Missing Files from List',
            ],
          },
          '—',
          'Import…',
          'Export…',
          '—',
          'Print… | CmdOrCtrl+P',
          '—',
          'Quit [quit]',
        ],
      },
      {
        '&Edit': [
          'Undo [undo]',
          'Redo [redo]',
          '—',
          'Cut [cut]',
          'Copy [copy]',
          'Paste [paste]',
          'Delete [delete]',
          '—',
          'Select All [selectAll]',
        ],
      },
      {
        '&View': [
          'Reload [reload]',
          '—',
          'Actual Size [resetZoom]',
          'Zoom In [zoomIn]',
          'Zoom Out [zoomOut]',
          '—',
          'Toggle Full Screen [togglefullscreen]',
        ],
      },
      { '&Window': ['Minimize [minimize]', 'Close [close]'] },
      {
        '&Help': ['Keyboard Shortcuts', 'Open Data Folder', '—', 'About Deal Workbench'],
      },
    ]);
  });

  it('has the same items in Chinese', () => {
    const zh = outline(build({ labels: menuLabels('zh-CN') }).template);
    expect(zh).toEqual([
      {
        '文件(&F)': [
          '新建工作区… | CmdOrCtrl+N',
          '打开工作区… | CmdOrCtrl+O',
          '另存副本… | CmdOrCtrl+Shift+S',
          {
            最近使用的工作区: [
              'team.sqlite',
              'R&&D.sqlite',
              'old.sqlite（缺失）',
              '—',
              '从列表中移除缺失的文件',
            ],
          },
          '—',
          '导入…',
          '导出…',
          '—',
          '打印… | CmdOrCtrl+P',
          '—',
          '退出 [quit]',
        ],
      },
      {
        '编辑(&E)': [
          '撤销 [undo]',
          '重做 [redo]',
          '—',
          '剪切 [cut]',
          '复制 [copy]',
          '粘贴 [paste]',
          '删除 [delete]',
          '—',
          '全选 [selectAll]',
        ],
      },
      {
        '视图(&V)': [
          '重新加载 [reload]',
          '—',
          '实际大小 [resetZoom]',
          '放大 [zoomIn]',
          '缩小 [zoomOut]',
          '—',
          '切换全屏 [togglefullscreen]',
        ],
      },
      { '窗口(&W)': ['最小化 [minimize]', '关闭 [close]'] },
      { '帮助(&H)': ['键盘快捷键', '打开数据文件夹', '—', '关于大客户销售工作台'] },
    ]);
    // No English word left in the Chinese menu, apart from the product's name and file names.
    const labels = allItems(build({ labels: menuLabels('zh-CN') }).template)
      .map((item) => item.label)
      .filter((label): label is string => label !== undefined && !label.includes('.sqlite'));
    for (const label of labels)
      expect(label.replace('Deal Workbench', '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('offers the developer tools only in a development build', () => {
    const dev = build({ isPackaged: false }).template;
    expect(find(dev, '&View', 'Toggle Developer Tools').role).toBe('toggleDevTools');
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const packaged = allItems(build({ platform }).template);
      expect(packaged.filter((item) => item.role === 'toggleDevTools')).toEqual([]);
    }
  });

  it('starts with the app menu on macOS, without access keys, About there and Quit there', () => {
    const { template, actions } = build({ platform: 'darwin', labels: menuLabels('zh-CN') });
    expect(template.map((item) => item.label)).toEqual([
      'Deal Workbench',
      '文件',
      '编辑',
      '视图',
      '窗口',
      '帮助',
    ]);
    expect(outline(template.slice(0, 1))).toEqual([
      {
        'Deal Workbench': [
          '关于大客户销售工作台',
          '—',
          '服务 [services]',
          '—',
          '隐藏大客户销售工作台 [hide]',
          '隐藏其他 [hideOthers]',
          '全部显示 [unhide]',
          '—',
          '退出 [quit]',
        ],
      },
    ]);
    // The file's own "&" is shown as it is; no "(&F)" marks.
    expect(find(template, '文件', '最近使用的工作区', 'R&D.sqlite')).toBeDefined();
    expect(find(template, '文件').submenu!.at(-1)).toMatchObject({ role: 'close' });
    expect(find(template, '窗口')).toMatchObject({ role: 'windowMenu' });
    expect(outline(find(template, '窗口').submenu!)).toEqual([
      '最小化 [minimize]',
      '缩放 [zoom]',
      '—',
      '全部置于顶层 [front]',
    ]);
    expect(outline(find(template, '帮助').submenu!)).toEqual(['键盘快捷键', '打开数据文件夹']);
    expect(find(template, '编辑', '粘贴并匹配样式').role).toBe('pasteAndMatchStyle');
    find(template, 'Deal Workbench', '关于大客户销售工作台').click!();
    expect(actions.send).toHaveBeenCalledWith('about');
    expect(allItems(template).filter((item) => item.role === 'quit')).toHaveLength(1);
  });

  it('calls its actions: files in main, page commands sent to the window', () => {
    const { template, actions } = build();
    find(template, '&File', 'New Workspace…').click!();
    find(template, '&File', 'Open Workspace…').click!();
    find(template, '&File', 'Save a Copy…').click!();
    find(template, '&File', 'Open Recent', 'R&&D.sqlite').click!();
    find(template, '&File', 'Open Recent', 'Remove Missing Files from List').click!();
    for (const label of ['Import…', 'Export…', 'Print…']) find(template, '&File', label).click!();
    find(template, '&Help', 'Keyboard Shortcuts').click!();
    find(template, '&Help', 'About Deal Workbench').click!();
    find(template, '&Help', 'Open Data Folder').click!();
    expect(actions.newWorkspace).toHaveBeenCalledOnce();
    expect(actions.openWorkspace).toHaveBeenCalledOnce();
    expect(actions.saveCopy).toHaveBeenCalledOnce();
    expect(actions.openRecent).toHaveBeenCalledWith('/d/R&D.sqlite');
    expect(actions.forgetMissing).toHaveBeenCalledWith(['/d/old.sqlite']);
    expect(vi.mocked(actions.send).mock.calls.map(([command]) => command)).toEqual([
      'import',
      'export',
      'print',
      'shortcuts',
      'about',
    ]);
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
  });

  it('lists the open workspace and missing files as not to be opened; an empty list says so', () => {
    const items = find(build().template, '&File', 'Open Recent').submenu!;
    expect(items.slice(0, 3).map((item) => item.enabled)).toEqual([false, true, false]);
    expect(items[0]!.sublabel).toBe('/d/team.sqlite');
    const empty = find(build({ recent: [] }).template, '&File', 'Open Recent').submenu!;
    expect(empty).toEqual([{ label: 'No recent workspaces', enabled: false }]);
  });
});

import type { appearanceEn, shellEn, shortcutsEn } from './shellEn.ts';

/** 应用外壳：跳转链接、键盘快捷键、外观。 */
export const shellZhCN: typeof shellEn = {
  skipToContent: '跳到主要内容',
  shortcutsButton: '键盘快捷键',
};

export const shortcutsZhCN: typeof shortcutsEn = {
  title: '键盘快捷键',
  intro: '所有操作都可以用 Tab 和回车完成；下面这些按键让常用操作更快。',
  keys: '按键',
  action: '操作',
  or: '或',
  scopes: {
    global: '任意位置',
    form: '表单或表格中',
    dialog: '对话框或抽屉中',
    field: '正在编辑的字段中',
    list: '列表中',
    grid: '采购中心表格中',
    map: '客户组织图中',
  },
  items: {
    search: '搜索全部内容并执行命令',
    undo: '撤销上一次修改',
    redo: '重做',
    save: '保存打开的表单或表格',
    print: '打印或另存为 PDF',
    shortcuts: '显示这份快捷键列表',
    closeDialog: '关闭对话框或抽屉（如有未保存的输入会先询问）',
    saveField: '保存字段',
    cancelField: '恢复为已保存的值',
    clearSearch: '清空搜索框',
    listMove: '移到上一行或下一行',
    listJump: '上下翻页，或到第一行、最后一行',
    listOpen: '打开该行',
    gridMove: '移到相邻单元格',
    gridEdit: '编辑单元格（或直接输入）',
    gridNext: '保存并移到右侧或左侧单元格',
    gridClear: '清空单元格',
    gridOpen: '打开人员',
    addMember: '向采购中心添加人员',
    mapMove: '移到该方向的下一张卡片',
    mapNudge: '将卡片移动 10 像素（停止后保存，可一步撤销）',
    mapNudgeFar: '将卡片移动 50 像素',
    mapEdit: '编辑卡片上的人员',
    mapRemove: '从组织图中移除该人员',
    mapLineEnd: '将影响线连到这张卡片',
    mapLineCancel: '放弃正在绘制的影响线',
    mapLineOpen: '打开选中的影响线',
  },
  platformKeys: {
    mod: 'Ctrl',
    shift: 'Shift',
    alt: 'Alt',
    enter: '回车',
    escape: 'Esc',
    delete: 'Delete',
    backspace: 'Backspace',
    arrows: '方向键',
    space: '空格',
    pageUpDown: 'Page Up / Page Down',
    homeEnd: 'Home / End',
    tab: 'Tab',
  },
};

export const appearanceZhCN: typeof appearanceEn = {
  title: '外观',
  hint: '屏幕上使用浅色或深色；“跟随系统”与电脑的设置一致。打印和 PDF 始终为浅色。',
  scheme: { system: '跟随系统', light: '浅色', dark: '深色' },
  saved: '外观已保存',
};

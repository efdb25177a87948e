import type { teamEn } from './en.ts';

/** 我方团队：设置、负责人选择与团队筛选。 */
export const teamZhCN: typeof teamEn = {
  settings: {
    title: '我方团队',
    hint: '我方人员及其职务和上级。所有“负责人”字段都从此名单中选择；在表单中输入或从文件导入的新姓名会自动加入团队。',
    tableLabel: '团队成员',
    name: '姓名',
    role: '职务',
    manager: '上级',
    reports: '直接下属',
    actions: '操作',
    archivedBadge: '已归档',
    showArchived: '显示已归档成员',
    add: '添加成员',
    edit: '编辑{{name}}',
    archive: '归档{{name}}',
    restore: '恢复{{name}}',
    empty: '还没有团队成员。请添加成员，或在任一表单中选择负责人。',
    count_one: '{{count}} 名成员',
    count_other: '{{count}} 名成员',
    createdNotice: '已添加团队成员。',
    savedNotice: '团队成员已保存。',
    archivedNotice: '{{name}}已归档，不再作为负责人选项。',
    restoredNotice: '{{name}}已恢复。',
  },
  form: {
    titleNew: '新团队成员',
    titleEdit: '编辑团队成员',
    name: '姓名',
    role: '职务',
    rolePlaceholder: '例如：大客户经理',
    manager: '上级',
    managerPlaceholder: '无上级',
    renameHint:
      '修改姓名后，此成员负责的所有客户、项目、活动和采购中心条目上的负责人姓名也会随之更新。',
  },
  picker: {
    placeholder: '选择团队成员',
    add: '将“{{name}}”添加为团队成员',
    archived: '{{name}}（已归档）',
    nothingFound: '没有匹配的团队成员',
  },
  filter: {
    label: '负责人',
    all: '全部',
    members: '团队成员',
    teams: '上级的团队',
    teamOf: '{{name}}的团队',
    nothingFound: '没有匹配的团队成员',
  },
};

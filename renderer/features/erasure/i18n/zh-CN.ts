import type { erasureEn } from './en.ts';

/** 彻底删除联系人或客户（个人信息删除请求）；日常整理仍用归档。 */
export const erasureZhCN: typeof erasureEn = {
  action: '彻底删除…',
  title: '彻底删除“{{name}}”？',
  warning:
    '此操作无法撤销。与归档不同，彻底删除会移除该记录及所有引用它的内容，并把它的变更记录替换为“已彻底删除”标记（只保留操作人和时间）。仅在收到删除个人信息的请求时使用；日常整理请使用归档。',
  backups:
    '删除前会先做一次备份。该备份及 {{folder}} 中更早的备份在被轮换删除之前（最长六个月）仍保留该记录；如请求要求，请到该文件夹中删除它们。',
  willRemove: '将移除：',
  counts: {
    people_one: '{{count}} 位联系人',
    people_other: '{{count}} 位联系人',
    opportunities_one: '{{count}} 个项目，连同其采购中心、竞争、谈判准备表和阶段证据',
    opportunities_other: '{{count}} 个项目，连同其采购中心、竞争、谈判准备表和阶段证据',
    committeeMemberships_one: '{{count}} 条采购中心成员记录',
    committeeMemberships_other: '{{count}} 条采购中心成员记录',
    influenceLines_one: '{{count}} 条影响线',
    influenceLines_other: '{{count}} 条影响线',
    mapPositions_one: '组织图上的 {{count}} 个位置',
    mapPositions_other: '组织图上的 {{count}} 个位置',
    activities_one: '{{count}} 条活动（删除，或不再列出此人）',
    activities_other: '{{count}} 条活动（删除，或不再列出此人）',
    negotiations_one: '{{count}} 份谈判准备表（删除，或不再列为参会人）',
    negotiations_other: '{{count}} 份谈判准备表（删除，或不再列为参会人）',
    competitorRelations_one: '竞争对手代表与其的 {{count}} 条关系',
    competitorRelations_other: '竞争对手代表与其的 {{count}} 条关系',
    reportingLines_one: '{{count}} 条他人向其汇报的汇报线（此后无上级）',
    reportingLines_other: '{{count}} 条他人向其汇报的汇报线（此后无上级）',
    historyEntries_one: '{{count}} 条变更记录，替换为“已彻底删除”标记',
    historyEntries_other: '{{count}} 条变更记录，替换为“已彻底删除”标记',
    textMentions_one: '其他 {{count}} 条记录文字中的姓名，替换为 ***',
    textMentions_other: '其他 {{count}} 条记录文字中的姓名，替换为 ***',
  },
  typeName: '输入“{{name}}”以确认',
  typeHint: '请按所示准确输入名称。',
  confirm: '彻底删除',
  erasedNotice: '已彻底删除“{{name}}”。',
};

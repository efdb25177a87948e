import type { Messages } from './en.ts';
/** 简体中文；措辞取自种子资料（客户档案、客户漏斗、项目型销售流程）。 */
export declare const zhCN: Messages;

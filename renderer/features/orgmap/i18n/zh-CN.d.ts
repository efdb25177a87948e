import type { OrgmapMessages } from './en.ts';
/** 客户组织图（公关路线图）：汇报线、虚线汇报、影响线；措辞取自 DOMAIN.md §3。 */
export declare const orgmapZhCN: OrgmapMessages;

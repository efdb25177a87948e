import type { ActivitiesMessages } from './en.ts';
/** 客户活动：电话、拜访、技术交流、演示、宴请、参观考察、邮件。 */
export declare const activitiesZhCN: ActivitiesMessages;

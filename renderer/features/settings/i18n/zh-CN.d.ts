import type { StageSetsMessages } from './en.ts';
/** 阶段设置：阶段、默认成交可能性、对应的客户采购阶段和阶段条件。 */
export declare const stageSetsZhCN: StageSetsMessages;

import type { StagesMessages } from './en.ts';
/** 阶段跟踪：我方销售阶段与客户采购阶段对照，阶段条件与证据。 */
export declare const stagesZhCN: StagesMessages;

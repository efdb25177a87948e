import type { PipelineMessages } from './en.ts';
/** 销售漏斗视图（看板、列表、漏斗）的中文措辞。 */
export declare const pipelineZhCN: PipelineMessages;

import type { ForecastMessages } from './en.ts';
/** 销售预测：加权销售漏斗、预测分类（承诺 / 最佳情况 / 漏斗）、每周快照与变动、1-15-30 评审队列。 */
export declare const forecastZhCN: ForecastMessages;

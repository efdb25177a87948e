import type { CommitteeMessages } from './en.ts';
/** 采购中心 / 决策链；措辞取自种子资料（表4-5、表4-6、表5-9、表5-11）。 */
export declare const committeeZhCN: CommitteeMessages;

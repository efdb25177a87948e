import { coverageZhCN } from './coverageZhCN.ts';
import type { CommitteeMessages } from './en.ts';

/** 采购中心 / 决策链 */
export const committeeZhCN: CommitteeMessages = {
  tab: '采购中心',
  coverage: coverageZhCN,
};

/** English messages of the buying-committee feature; zh-CN.ts beside it must match key for key. */
import { coverageEn } from './coverageEn.ts';

export const committeeEn = {
  tab: 'Buying committee',
  coverage: coverageEn,
};
export type CommitteeMessages = typeof committeeEn;

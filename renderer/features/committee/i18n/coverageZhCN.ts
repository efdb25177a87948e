import type { CoverageMessages } from './coverageEn.ts';

export const coverageZhCN: CoverageMessages = {
  title: '覆盖情况',
};

import type { CoverageMessages } from './coverageEn.ts';
export declare const coverageZhCN: CoverageMessages;

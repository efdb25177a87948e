import type { scoringEn, scoringEnumsEn } from './en.ts';
export declare const scoringEnumsZhCN: typeof scoringEnumsEn;
export declare const scoringZhCN: typeof scoringEn;

import type { CompetitionMessages, competitionEnumsEn } from './en.ts';
/** 竞争对手分析（竞争对手分析表 5-18）的中文措辞。 */
export declare const competitionEnumsZhCN: typeof competitionEnumsEn;
export declare const competitionZhCN: CompetitionMessages;

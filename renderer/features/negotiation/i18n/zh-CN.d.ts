/** 谈判准备的中文文案；与 en.ts 逐键对应。谈判原则的措辞取自种子资料（谈判一章）。 */
import type { negotiationEn, negotiationEnumsEn } from './en.ts';
export declare const negotiationEnumsZhCN: typeof negotiationEnumsEn;
export declare const negotiationZhCN: typeof negotiationEn;

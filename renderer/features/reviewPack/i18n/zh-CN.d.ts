import type { reviewPackEn } from './en.ts';
export declare const reviewPackZhCN: typeof reviewPackEn;

import { addDays, daysBetween } from '../../shared/localDate.ts';

// The demo story is written as it stands on the day of Temp's deal review, Monday 23 November
// 2026, so its dates read naturally in the source. A workspace created on another day gets the
// same story moved to that day: every day keeps its distance from "today", and years named in
// the text or in birthdays move by the nearest whole number of years, so "Plant 2 starts in Q2
// 2027" stays as far ahead of the close dates as it was written.

/** The day the demo story is written on: `today` in the story as told in the source. */
export const STORY_DAY = '2026-11-23';

// A year in prose: four digits from 1900 to 2099 that are not part of a longer number or a date.
const YEAR = /(?<![\d-])(?:19|20)\d{2}(?![\d-])/g;

export type StoryTime = {
  /** The workspace's creation day, which stands for STORY_DAY. */
  today: string;
  /** A story day moved to the workspace's creation day. */
  day(storyDay: string): string;
  /** A story day as `days` from the workspace's creation day (negative: before it). */
  daysAgo(storyDay: string): number;
  /** A birthday: same month and day, the year moved with the story. */
  birthday(storyDay: string): string;
  /** Text of the story with the years it names moved. */
  text(storyText: string): string;
};

export function storyTime(today: string): StoryTime {
  const shift = daysBetween(STORY_DAY, today);
  const years = Math.round(shift / 365.2425);
  const year = (y: string) => String(Number(y) + years);
  return {
    today,
    day: (storyDay) => addDays(storyDay, shift),
    daysAgo: (storyDay) => daysBetween(storyDay, STORY_DAY),
    birthday: (storyDay) => `${year(storyDay.slice(0, 4))}${storyDay.slice(4)}`,
    text: (storyText) => storyText.replace(YEAR, year),
  };
}

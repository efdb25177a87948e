/** English messages of the coverage views (score, red flags, grid, what-if, changes). */
export const coverageEn = {
  title: 'Coverage',
};
export type CoverageMessages = typeof coverageEn;

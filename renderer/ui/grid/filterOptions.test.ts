import { describe, expect, it } from 'vitest';
import { filterOptions } from './filterOptions.ts';

const roles = [
  { value: 'user', label: 'User' },
  { value: 'evaluator', label: 'Evaluator' },
  { value: 'economic_buyer', label: 'Economic buyer' },
  { value: 'decider', label: 'Decision maker' },
];

describe('filterOptions', () => {
  it('ranks a label starting with the text before a word starting with it, before a mere contains', () => {
    expect(filterOptions(roles, 'e').map((o) => o.value)).toEqual([
      'evaluator',
      'economic_buyer',
      'user',
      'decider',
    ]);
    expect(filterOptions(roles, 'buy').map((o) => o.value)).toEqual(['economic_buyer']);
    expect(filterOptions(roles, 'MAKER').map((o) => o.value)).toEqual(['decider']);
    expect(filterOptions(roles, '')).toHaveLength(4);
  });

  it('matches Chinese labels', () => {
    const zh = [
      { value: 'supporter', label: '支持者' },
      { value: 'opponent', label: '反对者' },
    ];
    expect(filterOptions(zh, '反').map((o) => o.value)).toEqual(['opponent']);
  });
});

import { describe, expect, it } from 'vitest';
import { sameValue, writeTransaction } from './common.ts';
import { input, rowCounts, testServices } from './testing.ts';

describe('writeTransaction', () => {
  it('rolls back every row and history entry when the work fails part-way', () => {
    const { db, services } = testServices();
    const before = rowCounts(db);
    expect(() =>
      writeTransaction(db, () => {
        const account = services.accounts.create(input.account({ name: 'Temp Co' }));
        services.people.create(input.person({ accountId: account.id, name: 'Zhou' }));
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(rowCounts(db)).toEqual(before);
  });

  it('returns the work’s result when it succeeds', () => {
    const { db, services } = testServices();
    const account = writeTransaction(db, () =>
      services.accounts.create(input.account({ name: 'Temp Co' })),
    );
    expect(services.accounts.get({ id: account.id })).toEqual(account);
    expect(rowCounts(db)).toMatchObject({ accounts: 1, changes: 1 });
  });
});

describe('sameValue', () => {
  it('compares lists in order and objects by content, whatever their key order', () => {
    expect(sameValue(['decider', 'coach'], ['decider', 'coach'])).toBe(true);
    expect(sameValue(['decider', 'coach'], ['coach', 'decider'])).toBe(false);
    expect(sameValue(['decider'], ['decider', 'decider'])).toBe(false);
    expect(sameValue({ a: 1, b: [null] }, { b: [null], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameValue({ a: { b: '' } }, { a: { b: ' ' } })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(0, -0)).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });
});

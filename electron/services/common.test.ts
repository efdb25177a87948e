import { describe, expect, it } from 'vitest';
import { checkVersion, sameValue, writeTransaction } from './common.ts';
import { appErrorOf, input, rowCounts, testServices } from './testing.ts';

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

describe('checkVersion', () => {
  const stored = { id: 'x', version: 3, createdAt: '', updatedAt: '' };

  it('passes the version the caller saw, and version 0 for a record not saved yet', () => {
    expect(() => checkVersion(stored, 3, 'evaluation')).not.toThrow();
    expect(() => checkVersion(undefined, 0, 'account grading')).not.toThrow();
  });

  it('refuses any other version as a conflict naming the record', () => {
    const stale = appErrorOf(() => checkVersion(stored, 2, 'stage set'));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toBe('Someone else changed this stage set; reload it and try again.');
    expect(appErrorOf(() => checkVersion(undefined, 1, 'evaluation')).code).toBe('conflict');
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

import { describe, expect, it } from 'vitest';
import { writeTransaction } from './common.ts';
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

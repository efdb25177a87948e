import type Database from 'better-sqlite3-multiple-ciphers';

/** One forward-only schema step. Its SQL is frozen once released: later changes get a new migration. */
export type Migration = {
  version: number;
  name: string;
  up(db: Database.Database): void;
};

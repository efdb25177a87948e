// Test fixtures for the main-process core: an in-memory workspace and a clock that ticks.
import type Database from 'better-sqlite3-multiple-ciphers';
import { channels, isChannelName } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import {
  accountCreate,
  opportunityCreate,
  personCreate,
  type AccountCreate,
  type OpportunityCreate,
  type PersonCreate,
} from '../../shared/schemas.ts';
import { createHandlers } from '../handlers.ts';
import { createRouter, type Router } from '../router.ts';
import { openStore } from '../store/connection.ts';
import { createServices, type Services } from './index.ts';

/** A clock that starts at `start` and moves one second forward on every reading. */
export function tickingClock(start = '2025-03-01T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

export function testServices(now: () => Date = tickingClock()): {
  db: Database.Database;
  services: Services;
} {
  const { db } = openStore(':memory:', now);
  const services = createServices({
    db,
    now,
    systemLocale: 'en',
    appVersion: '0.0.0-test',
    workspacePath: ':memory:',
  });
  return { db, services };
}

/** The router as the transports use it; every answer must also parse with its channel's output schema. */
export function testRouter(services: Services): Router {
  const router = createRouter(createHandlers(services));
  return {
    async dispatch(channel, input) {
      const result = await router.dispatch(channel, input);
      if (result.ok && isChannelName(channel)) channels[channel].output.parse(result.data);
      return result;
    },
  };
}

const TABLES = [
  'accounts',
  'people',
  'opportunities',
  'settings',
  'changes',
  'committee_members',
  'buying_roles',
  'influence_lines',
  'map_positions',
  'competitors',
  'deal_competitors',
  'criteria',
  'deal_outcomes',
  'swots',
  'negotiations',
  'activities',
  'stage_evidence',
  'stage_confirmations',
  'forecast_snapshots',
  'deal_evaluations',
  'account_scoring',
  'team_members',
] as const;

/** Row counts of every table: equal before and after a refused call means it wrote nothing. */
export function rowCounts(db: Database.Database): Record<(typeof TABLES)[number], number> {
  const count = (table: string) =>
    db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0;
  return Object.fromEntries(TABLES.map((t) => [t, count(t)])) as Record<
    (typeof TABLES)[number],
    number
  >;
}

/** The AppError `fn` throws; anything else (or nothing) fails the test. */
export function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected an AppError, but the call succeeded.');
}

// Creators that take the same loose input as the API (defaults applied by the contract's schemas).
export const input = {
  account: (fields: AccountCreate) => accountCreate.parse(fields),
  person: (fields: PersonCreate) => personCreate.parse(fields),
  opportunity: (fields: OpportunityCreate) => opportunityCreate.parse(fields),
};

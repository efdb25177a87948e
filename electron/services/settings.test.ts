import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPETITOR_STALE_DAYS, DEFAULT_REVIEW_CADENCE_DAYS } from '../../shared/enums.ts';
import { openStore } from '../store/connection.ts';
import { createServices } from './index.ts';
import { SETTINGS_ENTITY_ID } from './settings.ts';
import { rowCounts, testRouter, testServices, tickingClock } from './testing.ts';

describe('settings service', () => {
  it('follows the system locale until the user chooses one', () => {
    const now = tickingClock();
    const { db } = openStore(':memory:', now);
    const services = createServices({
      db,
      now,
      systemLocale: 'zh-CN',
      appVersion: '1',
      workspacePath: ':memory:',
    });
    expect(services.settings.get()).toEqual({
      locale: 'zh-CN',
      reviewCadenceDays: 30,
      competitorStaleDays: 90,
      reviewNotUpdatedDays: 7,
      reviewStalledDays: 15,
      reviewNoIntentDays: 30,
      forecastCommitMin: 90,
      forecastBestCaseMin: 50,
      moneyInWan: true,
      colorScheme: 'system',
    });
    expect(services.settings.update({ locale: 'en' })).toEqual({
      locale: 'en',
      reviewCadenceDays: 30,
      competitorStaleDays: 90,
      reviewNotUpdatedDays: 7,
      reviewStalledDays: 15,
      reviewNoIntentDays: 30,
      forecastCommitMin: 90,
      forecastBestCaseMin: 50,
      moneyInWan: true,
      colorScheme: 'system',
    });
    expect(services.settings.get()).toEqual({
      locale: 'en',
      reviewCadenceDays: 30,
      competitorStaleDays: 90,
      reviewNotUpdatedDays: 7,
      reviewStalledDays: 15,
      reviewNoIntentDays: 30,
      forecastCommitMin: 90,
      forecastBestCaseMin: 50,
      moneyInWan: true,
      colorScheme: 'system',
    });
  });

  it('records each choice in history, and nothing for a repeated or empty update', () => {
    const { db, services } = testServices();
    services.settings.update({ locale: 'en' });
    services.settings.update({ locale: 'zh-CN' });
    const before = rowCounts(db);
    services.settings.update({ locale: 'zh-CN' });
    services.settings.update({});
    expect(rowCounts(db)).toEqual(before);

    const entries = services.history.list({ entity: 'settings', limit: 10 });
    expect(entries.map((e) => [e.entityId, e.action, e.before, e.after])).toEqual([
      [SETTINGS_ENTITY_ID, 'update', { locale: 'en' }, { locale: 'zh-CN' }],
      [SETTINGS_ENTITY_ID, 'update', { locale: null }, { locale: 'en' }],
    ]);
  });

  it('keeps the review cadence, 30 days unless chosen, with history and no-op repeats', () => {
    const { db, services } = testServices();
    expect(services.settings.get().reviewCadenceDays).toBe(DEFAULT_REVIEW_CADENCE_DAYS);
    expect(services.settings.update({ reviewCadenceDays: 14 })).toEqual({
      locale: 'en',
      reviewCadenceDays: 14,
      competitorStaleDays: 90,
      reviewNotUpdatedDays: 7,
      reviewStalledDays: 15,
      reviewNoIntentDays: 30,
      forecastCommitMin: 90,
      forecastBestCaseMin: 50,
      moneyInWan: true,
      colorScheme: 'system',
    });
    const before = rowCounts(db);
    services.settings.update({ reviewCadenceDays: 14 });
    expect(rowCounts(db)).toEqual(before);
    services.settings.update({ locale: 'zh-CN', reviewCadenceDays: 7 });
    expect(services.settings.get()).toEqual({
      locale: 'zh-CN',
      reviewCadenceDays: 7,
      competitorStaleDays: 90,
      reviewNotUpdatedDays: 7,
      reviewStalledDays: 15,
      reviewNoIntentDays: 30,
      forecastCommitMin: 90,
      forecastBestCaseMin: 50,
      moneyInWan: true,
      colorScheme: 'system',
    });

    const entries = services.history.list({ entity: 'settings', limit: 10 });
    // The language (a personal preference, kept out of undo) has an entry of its own.
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [{ locale: null }, { locale: 'zh-CN' }],
      [{ reviewCadenceDays: 14 }, { reviewCadenceDays: 7 }],
      [{ reviewCadenceDays: 30 }, { reviewCadenceDays: 14 }],
    ]);
  });

  it('refuses a cadence outside 1…365 days through the router, and keeps the old one', async () => {
    const { db, services } = testServices();
    const router = testRouter(services);
    const before = rowCounts(db);
    for (const reviewCadenceDays of [0, 366, 7.5, '30']) {
      const result = await router.dispatch('settings.update', { reviewCadenceDays });
      expect(result.ok, String(reviewCadenceDays)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.issues?.[0]?.path).toEqual(['reviewCadenceDays']);
      }
    }
    expect(rowCounts(db)).toEqual(before);
    expect(services.settings.get().reviewCadenceDays).toBe(30);
  });

  it('keeps the stale-competitor age, 90 days unless chosen, with history, refusing 0', async () => {
    const { db, services } = testServices();
    expect(services.settings.get().competitorStaleDays).toBe(DEFAULT_COMPETITOR_STALE_DAYS);
    expect(services.settings.update({ competitorStaleDays: 180 }).competitorStaleDays).toBe(180);
    expect(services.history.list({ entity: 'settings', limit: 1 })[0]).toMatchObject({
      before: { competitorStaleDays: 90 },
      after: { competitorStaleDays: 180 },
    });
    const router = testRouter(services);
    const before = rowCounts(db);
    const result = await router.dispatch('settings.update', { competitorStaleDays: 0 });
    expect(result.ok).toBe(false);
    expect(rowCounts(db)).toEqual(before);
    db.prepare("UPDATE settings SET value = '\"x\"' WHERE key = 'competitorStaleDays'").run();
    expect(services.settings.get().competitorStaleDays).toBe(90);
  });

  it('keeps the review-queue days and forecast thresholds; best case above commit is refused', async () => {
    const { db, services } = testServices();
    expect(services.settings.reviewRules()).toEqual({
      notUpdatedDays: 7,
      stalledDays: 15,
      noIntentDays: 30,
    });
    expect(services.settings.categoryThresholds()).toEqual({ commitMin: 90, bestCaseMin: 50 });
    services.settings.update({ reviewNotUpdatedDays: 10, forecastCommitMin: 80 });
    expect(services.settings.reviewRules().notUpdatedDays).toBe(10);
    expect(services.settings.categoryThresholds()).toEqual({ commitMin: 80, bestCaseMin: 50 });

    const router = testRouter(services);
    const before = rowCounts(db);
    const refused = await router.dispatch('settings.update', {
      forecastBestCaseMin: 85,
      reviewStalledDays: 20,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: ['forecastBestCaseMin'], code: 'too_big', params: { max: 80 } }],
      },
    });
    expect(rowCounts(db)).toEqual(before);
    expect(services.settings.get()).toMatchObject({
      reviewStalledDays: 15,
      forecastBestCaseMin: 50,
    });
    expect((await router.dispatch('settings.update', { forecastCommitMin: 101 })).ok).toBe(false);
  });

  it('shows wide money columns in 万 until the user turns it off, and remembers the choice', () => {
    const { services } = testServices();
    expect(services.settings.get().moneyInWan).toBe(true);
    expect(services.settings.update({ moneyInWan: false }).moneyInWan).toBe(false);
    expect(services.settings.get().moneyInWan).toBe(false);
  });

  it('follows the OS colour scheme until one is chosen; an unknown scheme is refused', async () => {
    const { db, services } = testServices();
    expect(services.settings.get().colorScheme).toBe('system');
    expect(services.settings.update({ colorScheme: 'dark' }).colorScheme).toBe('dark');
    const router = testRouter(services);
    const before = rowCounts(db);
    const refused = await router.dispatch('settings.update', { colorScheme: 'sepia' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['colorScheme'] }] },
    });
    expect(rowCounts(db)).toEqual(before);
    expect(services.settings.get().colorScheme).toBe('dark');
    db.prepare("UPDATE settings SET value = '\"sepia\"' WHERE key = 'colorScheme'").run();
    expect(services.settings.get().colorScheme).toBe('system');
  });

  it('falls back to the default when the stored cadence is no longer valid', () => {
    const { db, services } = testServices();
    db.prepare("UPDATE settings SET value = '0' WHERE key = 'reviewCadenceDays'").run();
    expect(services.settings.get().reviewCadenceDays).toBe(30);
  });
});

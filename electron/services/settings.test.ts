import { describe, expect, it } from 'vitest';
import { openStore } from '../store/connection.ts';
import { createServices } from './index.ts';
import { SETTINGS_ENTITY_ID } from './settings.ts';
import { rowCounts, testServices, tickingClock } from './testing.ts';

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
    expect(services.settings.get()).toEqual({ locale: 'zh-CN' });
    expect(services.settings.update({ locale: 'en' })).toEqual({ locale: 'en' });
    expect(services.settings.get()).toEqual({ locale: 'en' });
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
});

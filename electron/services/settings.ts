import type { ChannelArgs } from '../../shared/channels.ts';
import type { Locale } from '../../shared/enums.ts';
import { settings as settingsSchema, type Settings } from '../../shared/schemas.ts';
import { createChangesRepo } from '../store/repositories/changes.ts';
import { createSettingsRepo } from '../store/repositories/settings.ts';
import { writeTransaction, type ServiceContext } from './common.ts';

// History keeps all settings under one record of this id.
export const SETTINGS_ENTITY_ID = 'workspace';

export type SettingsService = ReturnType<typeof createSettingsService>;

/** Settings the user has not chosen follow the machine: the locale defaults to the system's. */
export function createSettingsService({ db, now }: ServiceContext, systemLocale: Locale) {
  const stored = createSettingsRepo(db);
  const changes = createChangesRepo(db);

  function storedLocale(): Locale | null {
    const parsed = settingsSchema.shape.locale.safeParse(stored.get('locale'));
    return parsed.success ? parsed.data : null;
  }

  function get(): Settings {
    return { locale: storedLocale() ?? systemLocale };
  }

  return {
    get,
    /** Remembers an explicit choice, even one equal to the system default, so it survives a change of system. */
    update({ locale }: ChannelArgs<'settings.update'>): Settings {
      return writeTransaction(db, () => {
        const before = storedLocale();
        if (locale !== undefined && locale !== before) {
          stored.put('locale', locale);
          changes.insert({
            entity: 'settings',
            entityId: SETTINGS_ENTITY_ID,
            action: 'update',
            before: { locale: before },
            after: { locale },
            at: now().toISOString(),
          });
        }
        return get();
      });
    },
  };
}

import type { ChannelArgs } from '../../shared/channels.ts';
import {
  DEFAULT_COMPETITOR_STALE_DAYS,
  DEFAULT_REVIEW_CADENCE_DAYS,
  type Locale,
} from '../../shared/enums.ts';
import { settings as settingsSchema, type Settings } from '../../shared/schemas.ts';
import { createChangesRepo } from '../store/repositories/changes.ts';
import { createSettingsRepo } from '../store/repositories/settings.ts';
import { writeTransaction, type ServiceContext } from './common.ts';

// History keeps all settings under one record of this id.
export const SETTINGS_ENTITY_ID = 'workspace';

export type SettingsService = ReturnType<typeof createSettingsService>;

type Stored = { [K in keyof Settings]: Settings[K] | null };

/**
 * Settings the user has not chosen follow the machine or the product: the locale defaults to the
 * system's, the review cadence to DEFAULT_REVIEW_CADENCE_DAYS, the age at which a competitor
 * entry is stale to DEFAULT_COMPETITOR_STALE_DAYS.
 */
export function createSettingsService({ db, now }: ServiceContext, systemLocale: Locale) {
  const stored = createSettingsRepo(db);
  const changes = createChangesRepo(db);

  // A value that no longer passes the schema (hand-edited file) counts as never chosen.
  function read(): Stored {
    const locale = settingsSchema.shape.locale.safeParse(stored.get('locale'));
    const cadence = settingsSchema.shape.reviewCadenceDays.safeParse(
      stored.get('reviewCadenceDays'),
    );
    const stale = settingsSchema.shape.competitorStaleDays.safeParse(
      stored.get('competitorStaleDays'),
    );
    return {
      locale: locale.success ? locale.data : null,
      reviewCadenceDays: cadence.success ? cadence.data : null,
      competitorStaleDays: stale.success ? stale.data : null,
    };
  }

  function get(): Settings {
    const { locale, reviewCadenceDays, competitorStaleDays } = read();
    return {
      locale: locale ?? systemLocale,
      reviewCadenceDays: reviewCadenceDays ?? DEFAULT_REVIEW_CADENCE_DAYS,
      competitorStaleDays: competitorStaleDays ?? DEFAULT_COMPETITOR_STALE_DAYS,
    };
  }

  return {
    get,
    /**
     * Remembers an explicit choice, even one equal to the default, so it survives a change of
     * system; one history entry holds every setting the call changed.
     */
    update(input: ChannelArgs<'settings.update'>): Settings {
      return writeTransaction(db, () => {
        const current = read();
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        for (const key of ['locale', 'reviewCadenceDays', 'competitorStaleDays'] as const) {
          const value = input[key];
          if (value === undefined || value === current[key]) continue;
          stored.put(key, value);
          before[key] = current[key];
          after[key] = value;
        }
        if (Object.keys(after).length > 0) {
          changes.insert({
            entity: 'settings',
            entityId: SETTINGS_ENTITY_ID,
            action: 'update',
            before,
            after,
            at: now().toISOString(),
          });
        }
        return get();
      });
    },
  };
}

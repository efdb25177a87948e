import type { ChannelArgs } from '../../shared/channels.ts';
import {
  DEFAULT_COMPETITOR_STALE_DAYS,
  DEFAULT_REVIEW_CADENCE_DAYS,
  type Locale,
} from '../../shared/enums.ts';
import { AppError } from '../../shared/errors.ts';
import { DEFAULT_CATEGORY_THRESHOLDS, type CategoryThresholds } from '../../shared/forecast.ts';
import { makeIssue } from '../../shared/issues.ts';
import { DEFAULT_REVIEW_RULES, type ReviewRuleSettings } from '../../shared/pipeline.ts';
import { settings as settingsSchema, type Settings } from '../../shared/schemas.ts';
import { PERSONAL_SETTINGS } from '../../shared/history.ts';
import type { SettingsRepo } from '../store/repositories/settings.ts';
import { writeTransaction, type FieldChanges, type ServiceContext } from './common.ts';
import type { HandlersOf } from '../handlers.ts';

// History keeps all settings under one record of this id.
export const SETTINGS_ENTITY_ID = 'workspace';

export type SettingsService = ReturnType<typeof createSettingsService>;

type Stored = { [K in keyof Settings]: Settings[K] | null };

export const SETTINGS_KEYS = Object.keys(settingsSchema.shape) as (keyof Settings)[];
const KEYS = SETTINGS_KEYS;
const isPersonal = (key: string) => (PERSONAL_SETTINGS as readonly string[]).includes(key);

/**
 * Each setting as chosen, null where never chosen. A value that no longer passes the schema
 * (hand-edited file) counts as never chosen.
 */
export function storedSettings(stored: SettingsRepo): Stored {
  const out = {} as Record<keyof Settings, unknown>;
  for (const key of KEYS) {
    const parsed = settingsSchema.shape[key].safeParse(stored.get(key));
    out[key] = parsed.success ? parsed.data : null;
  }
  return out as Stored;
}

/** What a setting the user has not chosen is; the locale follows the system. */
const DEFAULTS: Omit<Settings, 'locale'> = {
  reviewCadenceDays: DEFAULT_REVIEW_CADENCE_DAYS,
  competitorStaleDays: DEFAULT_COMPETITOR_STALE_DAYS,
  reviewNotUpdatedDays: DEFAULT_REVIEW_RULES.notUpdatedDays,
  reviewStalledDays: DEFAULT_REVIEW_RULES.stalledDays,
  reviewNoIntentDays: DEFAULT_REVIEW_RULES.noIntentDays,
  forecastCommitMin: DEFAULT_CATEGORY_THRESHOLDS.commitMin,
  forecastBestCaseMin: DEFAULT_CATEGORY_THRESHOLDS.bestCaseMin,
  moneyInWan: true,
  colorScheme: 'system',
};

/**
 * Settings the user has not chosen follow the machine or the product: the locale defaults to the
 * system's, the review cadence to DEFAULT_REVIEW_CADENCE_DAYS, the age at which a competitor
 * entry is stale to DEFAULT_COMPETITOR_STALE_DAYS, the review-queue days and the forecast
 * category thresholds to DEFAULT_REVIEW_RULES and DEFAULT_CATEGORY_THRESHOLDS, the colour
 * scheme to the OS's.
 */
export function createSettingsService({ db, now, repos }: ServiceContext, systemLocale: Locale) {
  const { settings: stored, changes } = repos;

  const read = () => storedSettings(stored);

  function get(): Settings {
    const current = read();
    const out = { locale: current.locale ?? systemLocale } as Record<keyof Settings, unknown>;
    for (const key of KEYS) if (key !== 'locale') out[key] = current[key] ?? DEFAULTS[key];
    return out as Settings;
  }

  return {
    get,
    /** The 1-15-30 review rules as reviews.queue applies them. */
    reviewRules(): ReviewRuleSettings {
      const s = get();
      return {
        notUpdatedDays: s.reviewNotUpdatedDays,
        stalledDays: s.reviewStalledDays,
        noIntentDays: s.reviewNoIntentDays,
      };
    },
    /** The forecast category thresholds (commit ≥, best case ≥). */
    categoryThresholds(): CategoryThresholds {
      const s = get();
      return { commitMin: s.forecastCommitMin, bestCaseMin: s.forecastBestCaseMin };
    },
    /**
     * Remembers an explicit choice, even one equal to the default, so it survives a change of
     * system; one history entry holds every setting the call changed.
     */
    update(input: ChannelArgs<'settings.update'>): Settings {
      return writeTransaction(db, () => {
        // Best case above commit would leave no deal in best case: refused, nothing written.
        const merged = { ...get(), ...definedOnly(input) };
        if (merged.forecastBestCaseMin > merged.forecastCommitMin) {
          const issue = makeIssue(['forecastBestCaseMin'], 'too_big', {
            max: merged.forecastCommitMin,
          });
          throw new AppError('invalid_input', issue.message, [issue]);
        }
        const current = read();
        // Business settings and personal preferences go into separate entries: only the first
        // joins the request's undo step (PERSONAL_SETTINGS).
        const entries: Record<'business' | 'personal', FieldChanges> = {
          business: { before: {}, after: {} },
          personal: { before: {}, after: {} },
        };
        for (const key of KEYS) {
          const value = input[key];
          if (value === undefined || value === current[key]) continue;
          stored.put(key, value);
          const entry = entries[isPersonal(key) ? 'personal' : 'business'];
          entry.before[key] = current[key];
          entry.after[key] = value;
        }
        const at = now().toISOString();
        for (const [which, { before, after }] of Object.entries(entries)) {
          if (Object.keys(after).length === 0) continue;
          changes.insert(
            {
              entity: 'settings',
              entityId: SETTINGS_ENTITY_ID,
              action: 'update',
              before,
              after,
              at,
            },
            { outsideStep: which === 'personal' },
          );
        }
        return get();
      });
    },
  };
}

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The channels this service answers; the router's handlers combine every service's. */
export function settingsHandlers(s: SettingsService): HandlersOf<'settings'> {
  return {
    'settings.get': () => s.get(),
    'settings.update': (input) => s.update(input),
  };
}

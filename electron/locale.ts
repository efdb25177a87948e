import { toSupportedLocale, type Locale } from '../shared/enums.ts';

type Env = Readonly<Record<string, string | undefined>>;

// POSIX "no language" values: they say nothing about the user's language, so look further.
const NEUTRAL = /^(C|POSIX)([.@].*)?$/i;

/** The interface language a first run should use, from the POSIX locale variables, else Intl. */
export function systemLocaleFromEnv(env: Env, intlLocale: string): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'] as const) {
    // LANGUAGE may be a priority list such as "zh_CN:en".
    const value = env[name]?.split(':')[0]?.trim();
    if (value && !NEUTRAL.test(value)) return toSupportedLocale(value);
  }
  return toSupportedLocale(intlLocale);
}

import { describe, expect, it } from 'vitest';
import { systemLocaleFromEnv } from './locale.ts';

describe('systemLocaleFromEnv', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG, then LANGUAGE', () => {
    expect(systemLocaleFromEnv({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US')).toBe(
      'zh-CN',
    );
    expect(systemLocaleFromEnv({ LC_MESSAGES: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, 'zh-CN')).toBe(
      'en',
    );
    expect(systemLocaleFromEnv({ LANG: 'zh_CN.UTF-8', LANGUAGE: 'en' }, 'en-US')).toBe('zh-CN');
    expect(systemLocaleFromEnv({ LANGUAGE: 'zh_CN:en' }, 'en-US')).toBe('zh-CN');
  });

  it('skips the neutral C and POSIX locales', () => {
    expect(systemLocaleFromEnv({ LC_ALL: 'C.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en-US')).toBe('zh-CN');
    expect(systemLocaleFromEnv({ LANG: 'POSIX' }, 'zh-Hans-CN')).toBe('zh-CN');
  });

  it('falls back to the Intl locale', () => {
    expect(systemLocaleFromEnv({}, 'zh-CN')).toBe('zh-CN');
    expect(systemLocaleFromEnv({ LANG: '' }, 'de-DE')).toBe('en');
  });
});

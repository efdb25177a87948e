import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { toSupportedLocale, type Locale } from '../../shared/enums.ts';
import { en, type Messages } from './en.ts';
import { zhCN } from './zh-CN.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export const resources: Record<Locale, { translation: Messages }> = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
};

/**
 * The one i18next instance. It starts in the browser's language so that even a "cannot reach
 * the server" screen is translated; the stored setting takes over once it is loaded.
 */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: toSupportedLocale(globalThis.navigator?.language),
  fallbackLng: false,
  supportedLngs: ['en', 'zh-CN'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

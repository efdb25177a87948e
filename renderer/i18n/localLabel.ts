import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Stages, criteria and buying roles are named by the user in both languages. */
export type Bilingual = { labelZh: string; labelEn: string };

/** The label in the given UI language: the Chinese one in zh-CN, the English one otherwise. */
export function localLabel(item: Bilingual, language: string): string {
  return language === 'zh-CN' ? item.labelZh : item.labelEn;
}

/** `localLabel` in the current UI language, stable until the language changes. */
export function useLocalLabel(): (item: Bilingual) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((item: Bilingual) => localLabel(item, language), [language]);
}

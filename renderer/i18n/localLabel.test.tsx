import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from './i18n.ts';
import { localLabel, useLocalLabel } from './localLabel.ts';

const stage = { labelZh: '方案论证', labelEn: 'Solution validation' };

describe('localLabel', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('picks the Chinese label in zh-CN and the English one otherwise', () => {
    expect(localLabel(stage, 'zh-CN')).toBe('方案论证');
    expect(localLabel(stage, 'en')).toBe('Solution validation');
  });

  it('follows the UI language in a component', async () => {
    await i18n.changeLanguage('en');
    const { result } = renderHook(() => useLocalLabel());
    expect(result.current(stage)).toBe('Solution validation');
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(result.current(stage)).toBe('方案论证');
  });
});

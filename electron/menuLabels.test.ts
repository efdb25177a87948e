import { describe, expect, it } from 'vitest';
import { fill, menuLabels, refusalReason } from './menuLabels.ts';

describe('the application menu’s words', () => {
  it('has every label in both languages, Chinese where English has words, same blanks', () => {
    const en = menuLabels('en');
    const zh = menuLabels('zh-CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const blanks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en).filter((k) => k !== 'locale') as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key], key).toMatch(/[\u4e00-\u9fff]/);
      expect(blanks(zh[key]), key).toEqual(blanks(en[key]));
      // Full-width punctuation next to Chinese, as in the renderer's translations.
      expect(zh[key], key).not.toMatch(/[\u4e00-\u9fff]\s*[:,;?!]/);
    }
    expect(en.openWorkspace).toBe('Open Workspace…');
    expect(zh.openWorkspace).toBe('打开工作区…');
  });

  it('says why a chosen file was refused in the app’s language, else the session’s words', () => {
    const missing = { code: 'folder_missing' as const, message: 'x', params: { folder: '/d' } };
    expect(refusalReason('zh-CN', missing, 'fallback')).toBe('文件夹 /d 不存在。');
    expect(refusalReason('en', missing, 'fallback')).toBe('The folder /d does not exist.');
    expect(refusalReason('zh-CN', { code: 'required', message: 'Required.' }, 'f')).toBe(
      'Required.',
    );
    expect(refusalReason('zh-CN', undefined, 'Something else.')).toBe('Something else.');
  });

  it('fills blanks and leaves unknown ones as they are', () => {
    expect(fill(menuLabels('en').missing, { name: 'a.sqlite' })).toBe('a.sqlite (missing)');
    expect(fill(menuLabels('zh-CN').copyName, { name: '团队' })).toBe('团队 副本.sqlite');
    expect(fill('{x} and {y}', { x: '1' })).toBe('1 and {y}');
  });
});

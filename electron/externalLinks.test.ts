import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, navigationDecision } from './externalLinks.ts';

describe('links opened in the system browser', () => {
  it('are http and https links to a named host', () => {
    for (const url of [
      'https://www.sgcc.com.cn/',
      'http://example.com',
      'https://例子.中国/路径?q=1#a',
      'https://example.com:8443/a%20b',
      'HTTPS://EXAMPLE.COM/',
    ])
      expect(isSafeExternalUrl(url), url).toBe(true);
  });

  it('are never files, scripts, data, other programs’ protocols, credentials or odd text', () => {
    for (const url of [
      'file:///etc/passwd',
      'file://server/share/x.exe',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'vbscript:msgbox',
      'ms-msdt:/id PCWDiagnostic',
      'smb://nas/share',
      'mailto:a@b.c',
      'app://bundle/index.html',
      'https://user:pass@example.com/',
      'https://user@example.com/',
      'https://evil.example/\n.exe',
      'https:// example.com',
      ' https://example.com',
      'example.com',
      '',
      `https://example.com/${'a'.repeat(2100)}`,
    ])
      expect(isSafeExternalUrl(url), url).toBe(false);
  });
});

describe('where a page’s navigation goes', () => {
  const origin = 'app://bundle';
  it('stays in the window for our own pages, goes to the browser for web links, else nowhere', () => {
    expect(navigationDecision('app://bundle/index.html#/accounts', origin)).toBe('allow');
    expect(navigationDecision('app://bundle/', origin)).toBe('allow');
    expect(navigationDecision('app://bundler/index.html', origin)).toBe('deny');
    expect(navigationDecision('https://www.example.com/', origin)).toBe('external');
    expect(navigationDecision('file:///C:/Windows/system32/calc.exe', origin)).toBe('deny');
    expect(navigationDecision('not a url', origin)).toBe('deny');
    // The browser shell's origin is special (http): compared as an origin.
    expect(navigationDecision('http://127.0.0.1:5173/#/deals', 'http://127.0.0.1:5173')).toBe(
      'allow',
    );
  });
});

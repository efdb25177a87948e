import { describe, expect, it } from 'vitest';
import { dbPathFromArgv, defaultWorkspacePath } from './paths.ts';

describe('defaultWorkspacePath', () => {
  it('uses ~/.config on Linux, or XDG_CONFIG_HOME when set', () => {
    expect(defaultWorkspacePath('linux', {}, '/home/ann')).toBe(
      '/home/ann/.config/Deal Workbench/workspace.sqlite',
    );
    expect(defaultWorkspacePath('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe(
      '/cfg/Deal Workbench/workspace.sqlite',
    );
    expect(defaultWorkspacePath('linux', { XDG_CONFIG_HOME: '' }, '/home/ann')).toBe(
      '/home/ann/.config/Deal Workbench/workspace.sqlite',
    );
  });

  it('uses Application Support on macOS', () => {
    expect(defaultWorkspacePath('darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/Deal Workbench/workspace.sqlite',
    );
  });

  it('uses %APPDATA% on Windows, with the usual Roaming folder as fallback', () => {
    expect(
      defaultWorkspacePath(
        'win32',
        { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' },
        'C:\\Users\\ann',
      ),
    ).toBe('C:\\Users\\ann\\AppData\\Roaming\\Deal Workbench\\workspace.sqlite');
    expect(defaultWorkspacePath('win32', {}, 'C:\\Users\\bob')).toBe(
      'C:\\Users\\bob\\AppData\\Roaming\\Deal Workbench\\workspace.sqlite',
    );
  });
});

describe('dbPathFromArgv', () => {
  it('reads --db PATH and --db=PATH, the last one winning', () => {
    expect(dbPathFromArgv(['/usr/bin/electron', '.', '--db', '/tmp/a.sqlite'])).toBe(
      '/tmp/a.sqlite',
    );
    expect(dbPathFromArgv(['app', '--db=/tmp/b.sqlite'])).toBe('/tmp/b.sqlite');
    expect(dbPathFromArgv(['app', '--db', 'x', '--db=y'])).toBe('y');
  });

  it('returns undefined when absent or empty', () => {
    expect(dbPathFromArgv(['app', '--inspect'])).toBeUndefined();
    expect(dbPathFromArgv(['app', '--db'])).toBeUndefined();
    expect(dbPathFromArgv(['app', '--db='])).toBeUndefined();
  });
});

import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isNetworkFsType,
  mountOf,
  networkShareOf,
  networkShareWarning,
  parseBsdMount,
  parseProcMounts,
  resolveExisting,
  uncShareOf,
  type Mount,
  type ShareProbe,
} from './networkShare.ts';

const PROC_MOUNTS = `/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
//nas/deals /mnt/deals cifs rw,relatime,vers=3.1.1 0 0
nas:/export/home /home/ann/nfs nfs4 rw,relatime 0 0
ann@box:/srv /home/ann/remote\\040files fuse.sshfs rw,nosuid 0 0
/dev/sdb1 /mnt/deals/local ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
`;

const BSD_MOUNT = `/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//ann@nas._smb._tcp.local/Deals on /Volumes/Deals (smbfs, nodev, nosuid, mounted by ann)
nas:/export on /Volumes/export (nfs)
`;

const linux = (mounts: string): ShareProbe => ({
  platform: 'linux',
  mounts: () => parseProcMounts(mounts),
  resolve: (p) => p,
});

describe('reading mount tables', () => {
  it('parses /proc/mounts, unescaping spaces', () => {
    const mounts = parseProcMounts(PROC_MOUNTS);
    expect(mounts).toHaveLength(7);
    expect(mounts[4]).toEqual({
      source: 'ann@box:/srv',
      mountPoint: '/home/ann/remote files',
      fsType: 'fuse.sshfs',
    });
  });

  it("parses macOS's mount output", () => {
    expect(parseBsdMount(BSD_MOUNT)).toEqual([
      { source: '/dev/disk3s1s1', mountPoint: '/', fsType: 'apfs' },
      { source: '/dev/disk3s5', mountPoint: '/System/Volumes/Data', fsType: 'apfs' },
      { source: '//ann@nas._smb._tcp.local/Deals', mountPoint: '/Volumes/Deals', fsType: 'smbfs' },
      { source: 'nas:/export', mountPoint: '/Volumes/export', fsType: 'nfs' },
    ]);
  });

  it('finds the innermost mount holding a path, not a sibling with the same prefix', () => {
    const mounts = parseProcMounts(PROC_MOUNTS);
    const at = (p: string) => mountOf(p, mounts)?.mountPoint;
    expect(at('/mnt/deals/ws.sqlite')).toBe('/mnt/deals');
    expect(at('/mnt/deals/local/ws.sqlite')).toBe('/mnt/deals/local');
    expect(at('/mnt/dealsX/ws.sqlite')).toBe('/');
    expect(at('/home/ann/ws.sqlite')).toBe('/');
  });

  it('takes the mount on top when two share a mount point', () => {
    const mounts: Mount[] = [
      { source: 'a', mountPoint: '/data', fsType: 'ext4' },
      { source: '//nas/x', mountPoint: '/data', fsType: 'cifs' },
    ];
    expect(mountOf('/data/ws.sqlite', mounts)?.fsType).toBe('cifs');
  });
});

describe('network file systems', () => {
  it.each(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'afpfs', 'webdav', 'fuse.sshfs', 'NFS'])(
    '%s is a network share',
    (type) => expect(isNetworkFsType(type)).toBe(true),
  );
  it.each(['ext4', 'apfs', 'btrfs', 'tmpfs', 'ntfs', 'fuse.gvfsd-fuse', 'overlay'])(
    '%s is not',
    (type) => expect(isNetworkFsType(type)).toBe(false),
  );

  it.each([
    ['\\\\nas\\deals\\ws.sqlite', '\\\\nas\\deals'],
    ['//nas/deals/ws.sqlite', '\\\\nas\\deals'],
    ['\\\\?\\UNC\\nas\\deals\\ws.sqlite', '\\\\nas\\deals'],
  ])('%s is the Windows share %s', (p, share) => expect(uncShareOf(p)).toBe(share));

  it.each([
    'C:\\Users\\ann\\ws.sqlite',
    '\\\\?\\C:\\ws.sqlite',
    '\\\\.\\C:\\ws.sqlite',
    'ws.sqlite',
  ])('%s is local', (p) => expect(uncShareOf(p)).toBeUndefined());
});

describe('networkShareOf', () => {
  it('names the share of a workspace on Linux', () => {
    expect(networkShareOf('/mnt/deals/ws.sqlite', linux(PROC_MOUNTS))).toBe('cifs //nas/deals');
    expect(networkShareOf('/home/ann/nfs/a/ws.sqlite', linux(PROC_MOUNTS))).toBe(
      'nfs4 nas:/export/home',
    );
    expect(networkShareOf('/mnt/deals/local/ws.sqlite', linux(PROC_MOUNTS))).toBeUndefined();
    expect(networkShareOf('/tmp/ws.sqlite', linux(PROC_MOUNTS))).toBeUndefined();
  });

  it('names the share on macOS', () => {
    const mac: ShareProbe = {
      platform: 'darwin',
      mounts: () => parseBsdMount(BSD_MOUNT),
      resolve: (p) => p,
    };
    expect(networkShareOf('/Volumes/Deals/ws.sqlite', mac)).toBe(
      'smbfs //ann@nas._smb._tcp.local/Deals',
    );
    expect(networkShareOf('/Users/ann/ws.sqlite', mac)).toBeUndefined();
  });

  it('judges the resolved path, so a symbolic link into a share counts', () => {
    const probe = { ...linux(PROC_MOUNTS), resolve: () => '/mnt/deals/ws.sqlite' };
    expect(networkShareOf('/home/ann/ws.sqlite', probe)).toBe('cifs //nas/deals');
  });

  it('says nothing when the mount table cannot be read, or for an in-memory workspace', () => {
    expect(networkShareOf('/mnt/deals/ws.sqlite', { ...linux(''), mounts: () => undefined })).toBe(
      undefined,
    );
    expect(networkShareOf(':memory:', linux(PROC_MOUNTS))).toBeUndefined();
  });

  it('uses the path alone on Windows', () => {
    const win: ShareProbe = { platform: 'win32', mounts: () => undefined, resolve: (p) => p };
    expect(networkShareOf('\\\\nas\\deals\\ws.sqlite', win)).toBe('\\\\nas\\deals');
    expect(networkShareOf('D:\\deals\\ws.sqlite', win)).toBeUndefined();
  });

  it('warns in one line naming the file and the share', () => {
    const warning = networkShareWarning('/mnt/deals/ws.sqlite', linux(PROC_MOUNTS));
    expect(warning).toMatch(
      /^warning: the workspace \/mnt\/deals\/ws\.sqlite is on a network share \(cifs \/\/nas\/deals\)\./,
    );
    expect(warning).not.toContain('\n');
    expect(networkShareWarning('/home/ann/ws.sqlite', linux(PROC_MOUNTS))).toBeUndefined();
  });
});

describe('resolveExisting', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dwb-share-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows a symbolic link in the folders of a file that does not exist yet', () => {
    mkdirSync(path.join(dir, 'real'));
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
    expect(resolveExisting(path.join(dir, 'link', 'new', 'ws.sqlite'))).toBe(
      path.join(resolveExisting(dir), 'real', 'new', 'ws.sqlite'),
    );
  });
});

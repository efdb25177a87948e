// A workspace on a network share is at risk: SQLite's write-ahead log needs shared memory that
// only one computer's file system can provide, so a second machine (or a dropped connection) can
// damage the file. The app still opens it, and says so at startup where the platform lets us tell.
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

export type Mount = { source: string; mountPoint: string; fsType: string };

// File-system types that reach another computer (Linux /proc/mounts and macOS `mount` names).
const NETWORK_TYPES = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'afpfs',
  'webdav',
  'davfs',
  'afs',
  'ncpfs',
  'ceph',
  'glusterfs',
  'lustre',
  'gpfs',
]);
const NETWORK_FUSE = /^fuse\.(sshfs|davfs2?|rclone|glusterfs|ceph|s3fs|gcsfuse)$/;

export function isNetworkFsType(fsType: string): boolean {
  const type = fsType.toLowerCase();
  return NETWORK_TYPES.has(type) || NETWORK_FUSE.test(type);
}

/** `\\server\share\…`, `//server/share/…` or `\\?\UNC\server\share\…`: Windows' network paths. */
export function uncShareOf(filePath: string): string | undefined {
  const match = /^(?:[\\/]{2}\?[\\/]UNC[\\/]|[\\/]{2}(?![?.][\\/]))([^\\/]+)[\\/]+([^\\/]+)/i.exec(
    filePath,
  );
  return match ? `\\\\${match[1]}\\${match[2]}` : undefined;
}

/** Linux /proc/mounts: `source mountpoint type options 0 0`, spaces in names written as \040. */
export function parseProcMounts(text: string): Mount[] {
  const unescape = (field: string) =>
    field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
  return text.split('\n').flatMap((line) => {
    const [source, mountPoint, fsType] = line.trim().split(/\s+/);
    return source && mountPoint && fsType
      ? [{ source: unescape(source), mountPoint: unescape(mountPoint), fsType }]
      : [];
  });
}

/** macOS `mount`: `//ann@nas/deals on /Volumes/deals (smbfs, nodev, nosuid, mounted by ann)`. */
export function parseBsdMount(text: string): Mount[] {
  return text.split('\n').flatMap((line) => {
    const match = /^(.+) on (.+) \(([^,)]+)[,)]/.exec(line.trim());
    return match ? [{ source: match[1]!, mountPoint: match[2]!, fsType: match[3]! }] : [];
  });
}

/** The mount holding `filePath` (an absolute, resolved POSIX path): the longest mount point above it. */
export function mountOf(filePath: string, mounts: readonly Mount[]): Mount | undefined {
  const within = (mountPoint: string) =>
    mountPoint === '/' ||
    filePath === mountPoint ||
    filePath.startsWith(mountPoint.endsWith('/') ? mountPoint : `${mountPoint}/`);
  // The last of equal mount points is the one on top (mounted later).
  return mounts
    .filter((mount) => within(mount.mountPoint))
    .reduce<Mount | undefined>(
      (best, mount) =>
        best === undefined || mount.mountPoint.length >= best.mountPoint.length ? mount : best,
      undefined,
    );
}

export type ShareProbe = {
  platform: NodeJS.Platform;
  /** The mount table, or undefined where it cannot be read. */
  mounts: () => Mount[] | undefined;
  /** The path with symbolic links resolved as far as it exists. */
  resolve: (filePath: string) => string;
};

/** What network share `filePath` lies on, such as `cifs //nas/deals`, or undefined. */
export function networkShareOf(filePath: string, probe: ShareProbe): string | undefined {
  if (filePath === ':memory:') return undefined;
  if (probe.platform === 'win32') return uncShareOf(filePath);
  const mount = mountOf(probe.resolve(filePath), probe.mounts() ?? []);
  return mount && isNetworkFsType(mount.fsType) ? `${mount.fsType} ${mount.source}` : undefined;
}

/** The startup warning for a workspace on a network share, or undefined. */
export function networkShareWarning(
  filePath: string,
  probe: ShareProbe = systemProbe,
): string | undefined {
  const share = networkShareOf(filePath, probe);
  return share
    ? `warning: the workspace ${filePath} is on a network share (${share}). SQLite's write-ahead ` +
        'log is not safe there: another computer or a dropped connection can damage the file. ' +
        'Keep the workspace on a local disk and make copies to the share instead.'
    : undefined;
}

export const systemProbe: ShareProbe = {
  platform: process.platform,
  mounts() {
    try {
      if (process.platform === 'linux')
        return parseProcMounts(readFileSync('/proc/mounts', 'utf8'));
      if (process.platform === 'darwin')
        return parseBsdMount(execFileSync('/sbin/mount', { encoding: 'utf8', timeout: 2000 }));
    } catch {
      // No mount table to read: nothing to warn about.
    }
    return undefined;
  },
  resolve: resolveExisting,
};

/** The absolute path with symbolic links resolved; a file not there yet resolves its folder. */
export function resolveExisting(filePath: string): string {
  let existing = path.resolve(filePath);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return path.resolve(filePath);
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One writer per workshop file. SQLite's own locks only serialise single transactions; two app
 * processes on one file still interleave (and one's undo can delete the other's card). So a
 * lock file beside the workshop, created with O_EXCL, names the holder: pid, host, start time.
 * A lock whose process is gone on this host is stale and taken over; a lock from another host
 * (network share) can't be checked and is reported with its host so the user can decide.
 */
export interface LockInfo {
  app: 'selbstcheck-werkstatt';
  pid: number;
  host: string;
  since: string;
  token: string;
}

export type LockResult = { ok: true; lock: HeldLock } | { ok: false; reason: 'locked'; holder: LockInfo } | { ok: false; reason: 'readonly' };

export interface HeldLock {
  file: string;
  lockFile: string;
  token: string;
  release(): void;
}

/** `.~lock.NAME#` beside the file, as LibreOffice does, so users on shared drives recognise it. */
export function lockFileFor(file: string): string {
  return path.join(path.dirname(file), `.~lock.${path.basename(file)}#`);
}

// Locks this process holds, with a probe saying whether the holder still uses the file (a
// connection closed without release() leaves a lock this process may take over).
const held = new Map<string, { token: string; alive: () => boolean }>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [lockFile, h] of held) removeIfOurs(lockFile, h.token);
  });
}

function readLock(lockFile: string): LockInfo | null {
  try {
    const v = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as LockInfo;
    return v && typeof v.pid === 'number' && typeof v.host === 'string' ? v : null;
  } catch {
    return null;
  }
}

function removeIfOurs(lockFile: string, token: string): void {
  try {
    if (readLock(lockFile)?.token === token) fs.unlinkSync(lockFile);
  } catch {
    // already gone, or the folder went away with the file
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(lockFile: string, info: LockInfo | null): boolean {
  if (!info) {
    // Unreadable: a writer that died between create and write, or garbage. Give a live writer a moment.
    try {
      return Date.now() - fs.statSync(lockFile).mtimeMs > 5000;
    } catch {
      return true;
    }
  }
  if (info.host !== os.hostname()) return false;
  if (info.pid === process.pid) {
    const h = held.get(lockFile);
    return !h || h.token !== info.token || !h.alive();
  }
  return !pidAlive(info.pid);
}

export function acquireLock(file: string, alive: () => boolean): LockResult {
  const lockFile = lockFileFor(file);
  const token = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const info: LockInfo = { app: 'selbstcheck-werkstatt', pid: process.pid, host: os.hostname(), since: new Date().toISOString(), token };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = fs.openSync(lockFile, 'wx');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        const holder = readLock(lockFile);
        if (isStale(lockFile, holder)) {
          // Take a stale lock over only if it is still the one judged stale (another opener may
          // have replaced it meanwhile); the O_EXCL create below decides between racers.
          try {
            if (JSON.stringify(readLock(lockFile)) === JSON.stringify(holder)) fs.unlinkSync(lockFile);
          } catch {
            // someone else removed it first; try again
          }
          continue;
        }
        return { ok: false, reason: 'locked', holder: holder ?? { ...info, pid: 0, host: '?', token: '' } };
      }
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { ok: false, reason: 'readonly' };
      throw e;
    }
    try {
      fs.writeSync(fd, JSON.stringify(info));
    } finally {
      fs.closeSync(fd);
    }
    installExitHook();
    held.set(lockFile, { token, alive });
    return {
      ok: true,
      lock: {
        file,
        lockFile,
        token,
        release: () => {
          if (held.get(lockFile)?.token === token) held.delete(lockFile);
          removeIfOurs(lockFile, token);
        },
      },
    };
  }
  const holder = readLock(lockFile);
  return { ok: false, reason: 'locked', holder: holder ?? { ...info, pid: 0, host: '?', token: '' } };
}

/** The live holder of a file's lock, if any (without taking it): to say why a view is read-only. */
export function lockHolder(file: string): LockInfo | null {
  const lockFile = lockFileFor(file);
  if (!fs.existsSync(lockFile)) return null;
  const info = readLock(lockFile);
  return isStale(lockFile, info) ? null : info;
}

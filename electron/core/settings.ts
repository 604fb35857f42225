import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RecentFile } from '../../shared/domain/schemas';

/** Where the app keeps its own small state (recent files) and, by default, new workshops. */
export interface Paths {
  settingsDir: string;
  workshopsDir: string;
}

export function defaultPaths(): Paths {
  const home = os.homedir();
  const settingsDir =
    process.env.WERKSTATT_SETTINGS_DIR ??
    (process.platform === 'win32'
      ? path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Selbstcheck-Werkstatt')
      : path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'selbstcheck-werkstatt'));
  const workshopsDir = process.env.WERKSTATT_DIR ?? path.join(home, 'Selbstcheck-Werkstatt');
  return { settingsDir, workshopsDir };
}

const MAX_RECENT = 10;

export class RecentFiles {
  private readonly file: string;
  constructor(settingsDir: string) {
    this.file = path.join(settingsDir, 'recent.json');
  }

  list(): RecentFile[] {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    } catch {
      return []; // no list yet, or a damaged one: start afresh rather than fail the start screen
    }
    if (!Array.isArray(raw)) return [];
    return raw
      .filter((r): r is Omit<RecentFile, 'exists'> => !!r && typeof r.file === 'string')
      .map((r) => ({
        file: r.file,
        name: String(r.name ?? path.basename(r.file)),
        municipality: r.municipality ?? null,
        date: r.date ?? null,
        openedAt: String(r.openedAt ?? ''),
        exists: fs.existsSync(r.file),
      }));
  }

  touch(entry: Omit<RecentFile, 'exists' | 'openedAt'>): void {
    const rest = this.list().filter((r) => path.resolve(r.file) !== path.resolve(entry.file));
    const next = [{ ...entry, openedAt: new Date().toISOString() }, ...rest.map(({ exists: _e, ...r }) => r)].slice(0, MAX_RECENT);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // Write-then-rename so a crash never leaves half a JSON file behind.
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(next, null, 2));
    fs.renameSync(tmp, this.file);
  }
}

/** A file name for a new workshop: "2026-11-18 Bergheim.werkstatt", no characters Windows forbids. */
export function fileNameFor(municipality: string, date: string): string {
  const safe =
    municipality
      .replace(/[\\/:*?"<>|\x00-\x1f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'Workshop';
  return `${date} ${safe}.werkstatt`;
}

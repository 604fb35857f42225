// The example exchange packages shipped with the app (resources/demo/pakete, built by
// scripts/make-demo-packages.ts): the demo workshop's suggestion source and the programme
// view's starting point. They are the app's own resource, so reading them needs no
// confirmation on this computer (sources.ts ConfirmedSources guards paths from foreign files).
import path from 'node:path';
import { resourceFile } from '../export/resources';

/** The folder of example packages, or null when this installation has none. */
export const demoPackagesDir = (): string | null => resourceFile('demo/pakete');

/** True for the example folder and the files in it: read without asking, whoever named the path. */
export function isAppResource(abs: string): boolean {
  const dir = demoPackagesDir();
  if (!dir) return false;
  const p = path.resolve(abs);
  return p === dir || path.dirname(p) === dir;
}

/**
 * A stored path to the example folder of an earlier start (an AppImage mounts under a new
 * /tmp/.mount_… each time, macOS may translocate the app, an update moves it) is taken as this
 * installation's folder — by its name alone, the old path is never touched. Other paths stay as they are.
 */
export function relocateAppResource(stored: string): string {
  const dir = demoPackagesDir();
  if (!dir) return stored;
  return /[\\/]resources[\\/]demo[\\/]pakete[\\/]?$/.test(stored) ? dir : stored;
}

import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/domain/errors';
import type { Topic } from '../../../shared/api';
import { checkIntegrity, createWorkshopFile, openWorkshopFile, type OpenedWorkshop } from '../db/workshop-file';
import { readInfo, readSession, setMeta } from '../db/repo/meta';
import { fillDemo, DEMO_META } from '../db/demo';
import { fileNameFor } from '../settings';
import { clusterUnsortedBoard } from './cards';
import { storeSources } from './exchange';
import { demoPackagesDir } from '../exchange/demo-packages';
import type { AreaHandlers, MethodsOf, WorkshopContext } from './types';

/**
 * The demo content, with its board already sorted into themes and the app's example packages as
 * the source of "Anregungen aus anderen Kommunen" (read without confirmation: the app's own resource).
 */
function fillSortedDemo(db: OpenedWorkshop['db']): void {
  fillDemo(db);
  clusterUnsortedBoard(db);
  const examples = demoPackagesDir();
  if (examples) storeSources(db, [examples]);
}

/** Open the demo workshop in the workshops folder, creating it (again, when `fresh`) if needed. */
export function openOrCreateDemo(s: WorkshopContext, fresh = false): OpenedWorkshop {
  const file = path.join(s.paths.workshopsDir, fileNameFor(`Demo ${DEMO_META.municipality}`, DEMO_META.date));
  if (fresh && fs.existsSync(file)) fs.rmSync(file);
  if (fs.existsSync(file)) s.adopt(openWorkshopFile(file));
  else s.adopt(createWorkshopFile(file, DEMO_META, fillSortedDemo));
  return s.current()!;
}

export function workshopHandlers(s: WorkshopContext): AreaHandlers<'app.status' | MethodsOf<'workshop'> | MethodsOf<'history'>> {
  return {
    'app.status': () => {
      const w = s.current();
      return {
        workshop: w ? readInfo(w) : null,
        session: w ? readSession(w.db) : null,
        history: s.history(),
        recent: s.recent.list(),
        workshopsDir: s.paths.workshopsDir,
        mode: s.mode,
      };
    },

    'workshop.create': (i) => {
      const file = i.file ? path.resolve(i.file) : path.join(s.paths.workshopsDir, fileNameFor(i.municipality, i.date));
      s.adopt(createWorkshopFile(file, { name: i.name, municipality: i.municipality, date: i.date }));
      return readInfo(s.current()!);
    },
    'workshop.fileFor': (i) => {
      const fileName = fileNameFor(i.municipality, i.date);
      const base = fileName.replace(/\.werkstatt$/, '');
      let free = fileName;
      for (let n = 2; fs.existsSync(path.join(s.paths.workshopsDir, free)); n++) free = `${base} (${n}).werkstatt`;
      return { fileName, taken: free !== fileName, freeFileName: free, freeFile: path.join(s.paths.workshopsDir, free) };
    },
    'workshop.open': (i) => {
      // readOnly: never migrated, written or locked (an older file is shown from a migrated copy in memory).
      const file = path.resolve(i.file);
      const cur = s.current();
      if (cur && cur.file === file) s.close(); // re-opening our own file: let go of our own lock first
      s.adopt(openWorkshopFile(file, { readOnly: i.readOnly }), { readOnly: i.readOnly });
      return readInfo(s.current()!);
    },
    'workshop.openDemo': (i) => {
      if (i.file) {
        s.adopt(createWorkshopFile(path.resolve(i.file), DEMO_META, fillSortedDemo));
        return readInfo(s.current()!);
      }
      return readInfo(openOrCreateDemo(s, i.fresh ?? false));
    },
    'workshop.close': () => {
      s.close();
      return { ok: true as const };
    },
    'workshop.saveAs': async (i) => {
      const src = s.db();
      const current = s.current()!;
      const target = path.resolve(i.file);
      if (target === current.file) return readInfo(current);
      if (fs.existsSync(target)) {
        throw AppError.of('FILE_EXISTS', 'domain.fileExists', { file: target, name: path.basename(target) });
      }
      // SQLite's online backup API: a consistent copy even while the file is in use.
      const tmp = `${target}.${process.pid}.tmp`;
      try {
        await src.backup(tmp);
        fs.renameSync(tmp, target);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        throw AppError.of('IO', 'domain.saveAsFailed', { file: target, detail: (e as Error).message });
      }
      s.adopt(openWorkshopFile(target));
      return readInfo(s.current()!);
    },
    'workshop.info': () => readInfo(s.workshop()),
    'workshop.updateMeta': (i) => {
      const db = s.db();
      if (i.name !== undefined) setMeta(db, 'name', i.name);
      if (i.municipality !== undefined) setMeta(db, 'municipality', i.municipality);
      if (i.date !== undefined) setMeta(db, 'date', i.date);
      if (i.place !== undefined) setMeta(db, 'place', i.place);
      if (i.nextReview !== undefined) setMeta(db, 'next_review', i.nextReview);
      return readInfo(s.workshop());
    },
    'workshop.recent': () => s.recent.list(),
    // Kept in db/workshop-file.ts (what a check reports belongs to the file layer); read-only.
    'workshop.check': (i) => checkIntegrity(path.resolve(i.file)),

    'history.get': () => s.history(),
    'history.undo': () => {
      const entry = s.undoLog().undo();
      if (entry) s.emit(entry.topics as Topic[]);
      return s.history();
    },
    'history.redo': () => {
      const entry = s.undoLog().redo();
      if (entry) s.emit(entry.topics as Topic[]);
      return s.history();
    },
  };
}

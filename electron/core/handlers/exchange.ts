import path from 'node:path';
import { buildExchangeContent } from '../exchange/build';
import { contentHash, makePackage, readPackageFile, writePackageFile } from '../exchange/package-file';
import { folderSignature, loadProgramme } from '../exchange/programme-dir';
import { practicesXlsx } from '../exchange/catalogue-xlsx';
import { practicesCsv } from '../exchange/catalogue-csv';
import { EXCHANGE_SUFFIX, countContent } from '../../../shared/exchange/package';
import { searchPractices, type IndexedProgramme } from '../../../shared/exchange/programme';
import { type FieldKey } from '../../../shared/domain/fields';
import { AppError } from '../../../shared/domain/errors';
import { MAX_LEN } from '../../../shared/domain/limits';
import { adoptedKey, buildSuggestions, type WorkshopFocus } from '../../../shared/exchange/suggestions';
import { ConfirmedSources, MAX_SOURCES, PackageSources } from '../exchange/sources';
import { demoPackagesDir, isAppResource, relocateAppResource } from '../exchange/demo-packages';
import { getMeta, setMeta } from '../db/repo/meta';
import { addIdea, getIdea, listIdeas } from '../db/repo/ideas';
import { listIdeaSources, questionIdsByText, setIdeaSource } from '../db/repo/idea-sources';
import { readResults } from '../db/repo/results';
import type Database from 'better-sqlite3';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

/** meta key of the workshop's suggestion sources (a JSON list of absolute paths). */
const SOURCES_KEY = 'exchange_sources';

/** The stored list, read as data: anything but a list of path strings counts as none. */
function storedSources(db: Database.Database): string[] {
  try {
    const v: unknown = JSON.parse(getMeta(db, SOURCES_KEY) ?? '[]');
    return Array.isArray(v)
      ? v
          .filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length <= 4096)
          .slice(0, MAX_SOURCES)
          .map(relocateAppResource)
      : [];
  } catch {
    return [];
  }
}

/** Stores the workshop's suggestion sources (absolute paths); also how the demo gets its example folder. */
export function storeSources(db: Database.Database, list: readonly string[]): void {
  setMeta(db, SOURCES_KEY, list.length ? JSON.stringify(list) : null);
}

function workshopFocus(db: Database.Database): WorkshopFocus {
  const results = readResults(db);
  const ideas = listIdeas(db);
  const adopted = new Map<string, number>();
  for (const [ideaId, src] of listIdeaSources(db)) adopted.set(adoptedKey(src.packageHash, src.kind, src.title), ideaId);
  return {
    potentialFields: results.potentials.fields.map((f) => f.key),
    potentialQuestions: results.potentials.questions.map((q) => ({
      field: q.field,
      text: q.text ?? results.questions.find((x) => x.id === q.questionId)?.text ?? '',
    })),
    ideas: ideas.filter((i) => !i.hidden).map((i) => ({ field: i.field, text: i.text })),
    adopted,
  };
}

/**
 * Exchange packages and the programme view (issue #14). The preview and the package read the
 * workshop, the programme reads a folder of packages; only the suggestions in the next-steps
 * phase write to it (their sources as a setting, an adopted step with its origin). The last loaded
 * folders are kept indexed (keyed by their file names, sizes and times) so a search answers at once.
 */
export function exchangeHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'exchange'> | MethodsOf<'programme'>> {
  const cache = new Map<string, { signature: string; ix: IndexedProgramme }>();
  const sources = new PackageSources();
  let confirmed: ConfirmedSources | null = null;
  const trust = () => (confirmed ??= new ConfirmedSources(s.paths.settingsDir));
  // The app's own example packages need no confirmation; every other path does.
  const readable = (abs: string) => isAppResource(abs) || trust().has(abs);
  const programme = (dir: string, hideNames: boolean): IndexedProgramme => {
    const abs = path.resolve(dir);
    const key = `${hideNames ? 1 : 0}:${abs}`;
    const signature = folderSignature(abs);
    const hit = cache.get(key);
    if (hit && hit.signature === signature) return hit.ix;
    const ix = loadProgramme(abs, { hideNames });
    if (cache.size >= 4) cache.delete(cache.keys().next().value!);
    cache.set(key, { signature, ix });
    return ix;
  };
  return {
    'exchange.preview': (i) => {
      const b = buildExchangeContent(s.db(), i);
      return { content: b.content, items: b.items, counts: countContent(b.content), withheld: b.withheld };
    },
    'exchange.write': (i) => {
      const { file, ...opts } = i;
      const target = path.resolve(file);
      const { content } = buildExchangeContent(s.db(), opts);
      const pkg = makePackage(content);
      const { bytes } = writePackageFile(target, pkg);
      return { file: target, bytes, contentHash: pkg.contentHash, counts: countContent(content) };
    },
    'exchange.render': (i) => {
      const { content } = buildExchangeContent(s.db(), i);
      const bytes = Buffer.from(`${JSON.stringify(makePackage(content), null, 2)}\n`, 'utf8');
      return { fileName: packageFileName(content.municipality, content.date), mime: 'application/json', base64: bytes.toString('base64'), bytes: bytes.length };
    },
    'exchange.readPackage': (i) => {
      const file = path.resolve(i.file);
      const p = readPackageFile(file);
      return {
        file,
        formatVersion: p.formatVersion,
        appVersion: p.appVersion,
        createdAt: p.createdAt,
        contentHash: contentHash(p.content),
        municipality: p.content.municipality,
        pseudonymised: p.content.pseudonymised,
        date: p.content.date,
        counts: countContent(p.content),
        fields: p.content.fields,
      };
    },
    'exchange.setSources': (i) => {
      const list = [...new Set(i.sources.map((p) => path.resolve(p)))];
      if (list.length > MAX_SOURCES) throw AppError.of('LIMIT', 'exchange.tooManySources', { max: MAX_SOURCES });
      // A path typed in the browser is checked now, with its own message; one that goes missing
      // later (a USB stick) is shown as missing in the panel instead.
      const bad = sources.load(list).sources.find((x) => x.problem)?.problem;
      if (bad) throw AppError.from(bad);
      storeSources(s.db(), list);
      trust().add(list); // chosen here: from now on read whenever this workshop is open on this computer
      return { sources: list };
    },
    'exchange.suggestions': (i) => {
      const db = s.db();
      const loaded = sources.load(storedSources(db), readable);
      const r = buildSuggestions(loaded.packages, workshopFocus(db), { ...(i.field ? { field: i.field as FieldKey } : {}), limit: i.limit });
      return {
        sources: loaded.sources,
        packages: loaded.packages.map((p) => ({
          hash: p.hash,
          municipality: p.content.municipality,
          pseudonymised: p.content.pseudonymised,
          date: p.content.date,
          file: p.file,
        })),
        refused: loaded.refused,
        ...r,
      };
    },
    'exchange.adopt': (i) => {
      const db = s.db();
      // Nothing from the renderer but the address of the item: its text is read again from a
      // package that passes the refusing reader now.
      const pkg = sources.load(storedSources(db), readable).packages.find((p) => p.hash === i.packageHash);
      const item = pkg && (i.kind === 'action' ? pkg.content.actions[i.index] : pkg.content.strengthThemes[i.index]);
      const title = (item && ('title' in item ? item.title : item.label))?.trim();
      if (!pkg || !item || !title) throw AppError.of('NOT_FOUND', 'exchange.suggestionGone');
      const c = pkg.content;
      for (const src of listIdeaSources(db).values()) {
        if (src.packageHash === pkg.hash && src.kind === i.kind && src.title === title) {
          throw AppError.of('CONFLICT', 'exchange.alreadyAdopted', { title: title.slice(0, 200), municipality: c.municipality });
        }
      }
      // A next step holds at most MAX_LEN.card characters; the full title stays in its origin.
      const text = title.length > MAX_LEN.card ? `${title.slice(0, MAX_LEN.card - 1).trimEnd()}…` : title;
      const potentials = 'potentials' in item ? (item.potentials ?? []) : [];
      const links = questionIdsByText(db, potentials).map((ref) => ({ kind: 'question' as const, ref }));
      const idea = addIdea(db, { text, field: i.field !== undefined ? i.field : (item.field ?? null), links, tableId: i.tableId ?? null });
      setIdeaSource(db, idea.id, { municipality: c.municipality, pseudonymised: c.pseudonymised, packageHash: pkg.hash, kind: i.kind, title });
      return getIdea(db, idea.id);
    },
    'programme.examples': () => ({ dir: demoPackagesDir() }),
    'programme.load': (i) => programme(i.dir, i.hideNames).programme,
    'programme.search': (i) => searchPractices(programme(i.dir, i.hideNames), i),
    'programme.exportCsv': (i) => {
      const { hits } = searchPractices(programme(i.dir, i.hideNames), i);
      const bytes = Buffer.from(practicesCsv(hits), 'utf8');
      return { fileName: 'Praxiskatalog.csv', mime: 'text/csv;charset=utf-8', base64: bytes.toString('base64'), bytes: bytes.length };
    },
    'programme.exportXlsx': async (i) => {
      const { hits } = searchPractices(programme(i.dir, i.hideNames), i);
      const bytes = Buffer.from(await practicesXlsx(hits));
      return {
        fileName: 'Praxiskatalog.xlsx',
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: bytes.toString('base64'),
        bytes: bytes.length,
      };
    },
  };
}

/** "2026-11-18 Ulmenbrück an der Sarne.werkstatt-austausch.json": no path characters from the name. */
export function packageFileName(municipality: string, date: string): string {
  const clean = (x: string) =>
    x
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80);
  return `${clean(date)} ${clean(municipality) || 'Kommune'}${EXCHANGE_SUFFIX}`.trim();
}

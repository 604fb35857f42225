import path from 'node:path';
import { buildExchangeContent } from '../exchange/build';
import { contentHash, makePackage, readPackageFile, writePackageFile } from '../exchange/package-file';
import { folderSignature, loadProgramme } from '../exchange/programme-dir';
import { practicesXlsx } from '../exchange/catalogue-xlsx';
import { EXCHANGE_SUFFIX, countContent } from '../../../shared/exchange/package';
import { practicesCsv, searchPractices, type IndexedProgramme } from '../../../shared/exchange/programme';
import { FIELDS } from '../../../shared/domain/fields';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

/**
 * Exchange packages and the programme view (issue #14). Nothing here writes to the workshop:
 * the preview and the package read it, the programme reads a folder of packages. The last loaded
 * folders are kept indexed (keyed by their file names, sizes and times) so a search answers at once.
 */
export function exchangeHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'exchange'> | MethodsOf<'programme'>> {
  const cache = new Map<string, { signature: string; ix: IndexedProgramme }>();
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
    'programme.load': (i) => programme(i.dir, i.hideNames).programme,
    'programme.search': (i) => searchPractices(programme(i.dir, i.hideNames), i),
    'programme.exportCsv': (i) => {
      const { hits } = searchPractices(programme(i.dir, i.hideNames), i);
      const bytes = Buffer.from(`\ufeff${practicesCsv(hits, (k) => FIELDS.find((f) => f.key === k)?.de ?? k)}`, 'utf8');
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

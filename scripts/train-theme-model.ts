// Trains resources/clustering/theme-model.json, the theme model of the clustering engine (issue
// #12, round 6; shared/clustering/model.ts), from the labelled cards listed in
// shared/clustering/eval/training.ts. Deterministic: the same cards, lexicon and options give the
// same file. The file records a hash of its inputs, so a test notices when it is stale.
//
// Run: npx tsx scripts/train-theme-model.ts           (rewrites the model)
//      npx tsx scripts/train-theme-model.ts --check   (exit 1 when the model is stale)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../shared/clustering';
import { modelSource, trainThemeModel } from '../shared/clustering/eval/training';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'resources/clustering/theme-model.json');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');
const source = modelSource(read);
if (process.argv.includes('--check')) {
  let ok: boolean;
  try {
    ok = (JSON.parse(fs.readFileSync(out, 'utf8')) as { source?: string }).source === source;
  } catch {
    ok = false; // missing or damaged
  }
  console.log(ok ? 'theme-model.json is up to date' : 'theme-model.json is stale: run npx tsx scripts/train-theme-model.ts');
  process.exit(ok ? 0 : 1);
}
const t0 = performance.now();
const model = trainThemeModel(read, createEngine({}));
const text = JSON.stringify(model) + '\n';
fs.writeFileSync(out, text);
console.log(
  `${out}: ${Object.keys(model.weights).length} features × ${model.themes.length} themes, ${(text.length / 1e6).toFixed(2)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

// Training data of the theme model (round 6 of issue #12): labelled strengths cards from many
// authors and towns, each room's themes mapped onto 14 themes that recur in German workshops.
// Sources: the tuning sets, the blind sets already scored in earlier rounds (burnt, so training
// data now), and synthetic sets written for training by helpers who read only the domain notes
// and the theme list (tests/fixtures/clustering/training/README.md). Never blind7, blind8 or any
// later blind set: those measure the model.
import { BLIND3_PATH, BLIND4_PATH, BLIND5_PATH, BLIND6_PATH, BLIND_PATH, BLIND_SETS, FIXTURE_PATH, TUNING2_PATH, parseLabelled, parseThemed } from './data';
import { normalizeWord } from '../normalize';
import { coarse } from './harness';
import { features, train, type ModelExample, type ThemeModel, type TrainOptions } from '../model';
import { CONCEPTS } from '../lexicon';
import type { Engine } from '../engine';

/** The 14 themes the model predicts (tests/fixtures/clustering/training/THEMES.md). */
export const MODEL_THEMES = [
  'arbeit',
  'begegnung',
  'beteiligung',
  'bildung',
  'ehrenamt',
  'gesundheit',
  'haltung',
  'kommunikation',
  'mobilitaet',
  'oeffnung',
  'sprache',
  'steuerung',
  'willkommen',
  'wohnen',
] as const;

// A room's own theme → the recurring theme it is part of. Rooms name the same thing differently
// (engagement = ehrenamt, quartiere = wohnen) or file by target group or institution (hochschule).
const CANON: Record<string, string> = {
  unternehmen: 'arbeit',
  engagement: 'ehrenamt',
  ankommen: 'willkommen',
  beratung: 'willkommen',
  vernetzung: 'steuerung',
  verwaltung: 'oeffnung',
  mso: 'beteiligung',
  mitsprache: 'beteiligung',
  quartier: 'wohnen',
  quartiere: 'wohnen',
  antidiskriminierung: 'haltung',
  antirassismus: 'haltung',
  sicherheit: 'haltung',
  hochschule: 'bildung',
  jugend: 'bildung',
};

/** The recurring theme of a room theme (throws for a theme with no mapping: add it above). */
export function canonTheme(theme: string): string {
  const t = CANON[theme] ?? theme;
  if (!(MODEL_THEMES as readonly string[]).includes(t)) throw new Error(`no model theme for room theme "${theme}"`);
  return t;
}

export const TRAINING_DIR = 'tests/fixtures/clustering/training';
/** Synthetic training sets (one invented town each). */
export const SYNTHETIC = Array.from({ length: 22 }, (_, i) => `tr${String(i + 1).padStart(2, '0')}`);

/** Every training source: name and repository path. */
export function trainingSources(): { name: string; path: string }[] {
  return [
    { name: 'labelled', path: FIXTURE_PATH },
    { name: 'tuning2', path: TUNING2_PATH },
    { name: 'old blind', path: BLIND_PATH },
    { name: 'blind3', path: BLIND3_PATH },
    { name: 'blind4', path: BLIND4_PATH },
    { name: 'blind5', path: BLIND5_PATH },
    { name: 'blind6', path: BLIND6_PATH },
    ...SYNTHETIC.map((s) => ({ name: s, path: `${TRAINING_DIR}/${s}.tsv` })),
  ];
}

/** Examples of one source, themes mapped onto MODEL_THEMES. */
export function sourceExamples(path: string, tsv: string): ModelExample[] {
  // the old labelled set has fine themes (sport, kultur, religion) and a split column
  const items = path === FIXTURE_PATH ? coarse(parseLabelled(tsv)) : parseThemed(tsv);
  return items.map((i) => ({ text: i.text, theme: canonTheme(i.theme) }));
}

/** The held-out sets that measure the model (bench/cluster-eval.ts): never trained on. */
export const HELD_OUT_PATHS = BLIND_SETS.filter((b) => b.modelHeldOut).map((b) => b.path);

const cardKey = (t: string) =>
  normalizeWord(t)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * All training examples, in source order; `read` gives a repository file's text. A training card
 * whose words equal a held-out card's is left out: different authors do write the same short card
 * ("jährlicher Integrationsbericht mit Zahlen"), and it would count as seen when scored.
 */
export function trainingExamples(read: (path: string) => string, leaveOut: readonly string[] = []): ModelExample[] {
  const held = new Set(HELD_OUT_PATHS.flatMap((p) => parseThemed(read(p)).map((c) => cardKey(c.text))));
  return trainingSources()
    .filter((s) => !leaveOut.includes(s.name))
    .flatMap((s) => sourceExamples(s.path, read(s.path)))
    .filter((e) => !held.has(cardKey(e.text)));
}

/** Training options of the shipped model (chosen by leave-one-set-out on the training sources). */
export const MODEL_TRAINING: Partial<TrainOptions> = { epochs: 30, rate: 0.2, l2: 1e-4, minCount: 2, seed: 1 };
/** Weights this small change no prediction noticeably; they are left out of the file. */
const PRUNE = 0.01;
// Raise when features() or train() change in a way the inputs do not show.
const FEATURE_VERSION = 1;

/** Hash of everything the model depends on: training files, lexicon, options, feature version. */
export function modelSource(read: (path: string) => string): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  };
  for (const p of [...trainingSources().map((s) => s.path), ...HELD_OUT_PATHS]) feed(`${p}\n${read(p)}\n`);
  feed(JSON.stringify(CONCEPTS));
  feed(JSON.stringify({ MODEL_TRAINING, PRUNE, FEATURE_VERSION }));
  return `fnv1a:${h.toString(16).padStart(8, '0')}`;
}

/** The shipped model: trained on all sources (minus `leaveOut`), small weights pruned. */
export function trainThemeModel(
  read: (path: string) => string,
  engine: Pick<Engine, 'conceptKeys'>,
  leaveOut: readonly string[] = [],
  opts: Partial<TrainOptions> = MODEL_TRAINING,
): ThemeModel & { source: string } {
  const examples = trainingExamples(read, leaveOut);
  const m = train(examples, (e) => features(e.text, engine.conceptKeys(e.text)), opts);
  const weights: Record<string, number[]> = {};
  for (const [k, w] of Object.entries(m.weights)) if (w.some((x) => Math.abs(x) >= PRUNE)) weights[k] = w;
  return { source: modelSource(read), themes: m.themes, bias: m.bias, weights };
}

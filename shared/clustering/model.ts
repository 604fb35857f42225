// A small supervised theme model (round 6 of issue #12): softmax regression from a card's words,
// word parts and lexicon concepts to a fixed list of room themes that recur in German workshops
// (Begegnung, Sprache, Arbeit …). Trained offline on labelled cards, shipped as weights; at run
// time it gives every card a theme distribution, so two cards in different words that rooms file
// together become similar. Pure TS: no Node, no DOM.
import { isStopword, lightStem, tokenize } from './normalize';

/** Trained weights: per feature, one weight per theme (feature names are strings, see features()). */
export interface ThemeModel {
  themes: string[];
  bias: number[];
  /** feature → weights (length = themes.length) */
  weights: Record<string, number[]>;
}

export interface ModelExample {
  text: string;
  theme: string;
}

/**
 * Features of a text: content words (light-stemmed, "w:"), character 4-grams of words of ≥ 6
 * letters ("g:", so unseen compounds share parts with seen ones), and the lexicon concepts the
 * caller found ("c:"). Each group is scaled so no group dominates by sheer count.
 */
export function features(text: string, concepts: readonly string[] = []): Map<string, number> {
  const f = new Map<string, number>();
  const add = (k: string, v: number) => f.set(k, (f.get(k) ?? 0) + v);
  const words = tokenize(text).filter((t) => !isStopword(t.norm) && t.norm.length >= 3);
  for (const t of words) add(`w:${lightStem(t.norm)}`, 1);
  const grams: string[] = [];
  for (const t of words) {
    if (t.norm.length < 6) continue;
    const s = `<${t.norm}>`;
    for (let i = 0; i + 4 <= s.length; i++) grams.push(s.slice(i, i + 4));
  }
  const gw = grams.length ? 2 / Math.sqrt(grams.length) : 0;
  for (const g of grams) add(`g:${g}`, gw);
  for (const c of concepts) add(`c:${c}`, 1);
  return f;
}

/** Theme probabilities for a feature map (softmax of bias + Σ value·weight). */
export function predict(model: ThemeModel, f: Map<string, number>): Float64Array {
  const T = model.themes.length;
  const z = Float64Array.from(model.bias);
  for (const [k, v] of f) {
    const w = model.weights[k];
    if (!w) continue;
    for (let t = 0; t < T; t++) z[t] += v * w[t];
  }
  let max = -Infinity;
  for (let t = 0; t < T; t++) max = Math.max(max, z[t]);
  let sum = 0;
  for (let t = 0; t < T; t++) {
    z[t] = Math.exp(z[t] - max);
    sum += z[t];
  }
  for (let t = 0; t < T; t++) z[t] /= sum;
  return z;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  /** L2 penalty per step */
  l2: number;
  /** features seen in fewer examples are dropped */
  minCount: number;
  seed: number;
}

const DEFAULT_TRAIN: TrainOptions = { epochs: 30, rate: 0.2, l2: 1e-4, minCount: 2, seed: 1 };

/** Softmax regression by plain SGD (deterministic for a seed). `featuresOf` gives each example's features. */
export function train(examples: readonly ModelExample[], featuresOf: (e: ModelExample) => Map<string, number>, opts: Partial<TrainOptions> = {}): ThemeModel {
  const o = { ...DEFAULT_TRAIN, ...opts };
  const themes = [...new Set(examples.map((e) => e.theme))].sort();
  const T = themes.length;
  const fs = examples.map(featuresOf);
  const df = new Map<string, number>();
  for (const f of fs) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const keep = (k: string) => (df.get(k) ?? 0) >= o.minCount;
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(T);
  const ys = examples.map((e) => themes.indexOf(e.theme));
  let s = o.seed >>> 0 || 1;
  const rnd = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const order = examples.map((_, i) => i);
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = o.rate / (1 + ep * 0.1);
    for (const i of order) {
      const f = [...fs[i]].filter(([k]) => keep(k));
      const z = Float64Array.from(bias);
      for (const [k, v] of f) {
        const w = weights.get(k);
        if (w) for (let t = 0; t < T; t++) z[t] += v * w[t];
      }
      let max = -Infinity;
      for (let t = 0; t < T; t++) max = Math.max(max, z[t]);
      let sum = 0;
      for (let t = 0; t < T; t++) sum += z[t] = Math.exp(z[t] - max);
      for (let t = 0; t < T; t++) {
        const g = z[t] / sum - (t === ys[i] ? 1 : 0);
        bias[t] -= rate * g;
        for (const [k, v] of f) {
          let w = weights.get(k);
          if (!w) weights.set(k, (w = new Float64Array(T)));
          w[t] -= rate * (g * v + o.l2 * w[t]);
        }
      }
    }
  }
  const out: Record<string, number[]> = {};
  for (const k of [...weights.keys()].sort()) out[k] = [...weights.get(k)!].map((x) => Math.round(x * 1e4) / 1e4);
  return { themes, bias: [...bias].map((x) => Math.round(x * 1e4) / 1e4), weights: out };
}

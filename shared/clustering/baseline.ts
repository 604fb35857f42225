// Plain baseline for the evaluation: word TF-IDF (normalised words, stopwords removed, no
// stemming, no lexicon) + cosine + average linkage with a fixed threshold (no size margin).
import { averageLinkage } from './linkage';
import { isStopword, tokenize } from './normalize';
import { addCosines, type Sparse } from './vectors';

export function baselineCluster(texts: string[], threshold: number): number[][] {
  const vocab = new Map<string, number>();
  const docs: Sparse[] = texts.map((t) => {
    const tf = new Map<number, number>();
    for (const tok of tokenize(t)) {
      if (isStopword(tok.norm)) continue;
      let id = vocab.get(tok.norm);
      if (id === undefined) vocab.set(tok.norm, (id = vocab.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const e = [...tf.entries()].sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(e.map((x) => x[0])), vals: Float64Array.from(e.map((x) => x[1])) };
  });
  const n = texts.length;
  const M = new Float64Array(n * n);
  addCosines(M, docs, vocab.size, 1, true);
  for (let i = 0; i < n; i++) {
    M[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) M[j * n + i] = M[i * n + j];
  }
  return averageLinkage(
    M,
    n,
    texts.map((_, i) => [i]),
    texts.map(() => -1),
    {
      threshold,
      margin: 0,
      marginFrom: 3,
      seedBonus: 0,
      priority: 'similarity',
    },
  );
}

import type Database from 'better-sqlite3';
import type { RankingView } from '../../../../shared/api/ranking';
import { methodText, rankIdeas } from '../../../../shared/scoring/ranking';
import { ideaIdsInPlan, listIdeas } from './ideas';
import { listCriteria, readScores, readVoteSettings } from './votes';

/** The ranking with every figure, as the facilitator, the CLI and the exports see it. */
export function buildRanking(db: Database.Database): RankingView {
  const settings = readVoteSettings(db);
  const ideas = listIdeas(db);
  const scores = readScores(db);
  const criteria = listCriteria(db);
  const inPlan = ideaIdsInPlan(db);
  const r = rankIdeas(
    ideas.map((i) => ({ ...i, scores: scores.get(i.id) ?? {} })),
    {
      method: settings.method,
      criteria: criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
      votesWeight: settings.votesWeight,
    },
  );
  const byId = new Map(ideas.map((i) => [i.id, i]));
  return {
    ...r,
    methodText: { de: methodText(r, 'de'), en: methodText(r, 'en') },
    ideas: r.ideas.map((s) => {
      const i = byId.get(s.id)!;
      return {
        ...s,
        field: i.field,
        impact: i.impact,
        effort: i.effort,
        hidden: i.hidden,
        links: i.links,
        scores: Object.fromEntries(Object.entries(scores.get(s.id) ?? {}).map(([k, v]) => [k, v])),
        inPlan: inPlan.has(s.id),
      };
    }),
    settings,
    totalDots: ideas.reduce((n, i) => n + i.dots, 0),
  };
}

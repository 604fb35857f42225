import type Database from 'better-sqlite3';
import type { RankingView } from '../../../shared/api/ranking';
import { topIdeas } from '../../../shared/scoring/ranking';
import { buildRanking } from '../db/repo/ranking';

export { buildRanking };
import { AppError } from '../../../shared/domain/errors';
import { addAction } from '../db/repo/actions';
import { linkAction } from '../db/repo/ideas';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

/**
 * What the projector may show. Hidden ideas never; before "Aufdecken" no dots, no ranks, no
 * scores, no sector figures — stripped here on the server, so no view can leak them by mistake.
 */
export function projectorRanking(db: Database.Database): RankingView {
  const full = buildRanking(db);
  const visible = full.ideas.filter((s) => !s.hidden);
  if (full.settings.revealed) {
    const ids = new Set(visible.map((s) => s.id));
    return {
      ...full,
      ideas: visible,
      ties: full.ties.map((t) => ({ ...t, ids: t.ids.filter((id) => ids.has(id)) })).filter((t) => t.ids.length > 1),
      perspectives: {
        ...full.perspectives,
        ideas: full.perspectives.ideas.filter((s) => ids.has(s.id)),
        sectors: full.perspectives.sectors.map((s) => ({ ...s, top: s.top.filter((id) => ids.has(id)) })),
      },
    };
  }
  return {
    ...full,
    ideas: visible
      .map((s) => ({ ...s, rank: null, tied: false, score: null, dots: 0, dotsBySector: {}, criteriaScore: null, missing: [], scores: {} }))
      .sort((a, b) => a.position - b.position),
    ties: [],
    perspectives: { sectors: [], ideas: [], divergenceThreshold: full.perspectives.divergenceThreshold },
    totalDots: 0,
  };
}

export function rankingHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'ranking'>> {
  return {
    'ranking.get': () => buildRanking(s.db()),
    'ranking.projector': () => projectorRanking(s.db()),
    'ranking.toActions': (i) => {
      const db = s.db();
      const r = buildRanking(db);
      const top = topIdeas(r, i.top);
      if (!top.ideas.length) {
        throw AppError.of('INVALID_INPUT', r.method === 'dots' ? 'domain.noDotsYet' : 'domain.notRatedYet');
      }
      const created = [];
      const skipped = [];
      for (const st of top.ideas) {
        if (st.inPlan) {
          skipped.push({ ideaId: st.id, text: st.text });
          continue;
        }
        const a = addAction(db, { title: st.text.slice(0, 300), field: st.field, priority: st.rank!, ideaId: st.id, status: 'geplant' });
        linkAction(db, a.id, [{ kind: 'idea', ref: String(st.id) }, ...st.links.filter((l) => l.kind === 'question' || l.kind === 'cluster')]);
        created.push(a);
      }
      return { created, skipped, extended: top.extended };
    },
  };
}

// Maps an open workshop file to the plain ExportModel (electron/core/export). The only place where the export core
// meets the database: everything below reads, nothing writes.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { FIELD_KEYS, SECTOR_KEYS, type FieldKey, type SectorKey } from '../../../../shared/domain/fields';
import { buildRanking } from './ranking';
import { readResults } from './results';
import { getMeta, readWorkshopMeta } from './meta';
import { listActions } from './actions';
import { readAgenda } from './agenda';
import { agendaRun } from '../../export/agenda';
import { listIdeaSources } from './idea-sources';
import { exportText } from '../../export/strings';
import type { Action as ExportAction, ExportLocale, ExportModel, Idea, StrengthTheme, Wirkungsstufe } from '../../export/model';

export interface FromWorkshopOptions {
  locale?: ExportLocale;
  /** ISO timestamp; default now. Tests pass a fixed one. */
  generatedAt?: string;
  /** IANA zone for the agenda's clock times; default this computer's (tests name one). */
  timeZone?: string;
}

const isField = (s: unknown): s is FieldKey => typeof s === 'string' && (FIELD_KEYS as readonly string[]).includes(s);
const isSector = (s: unknown): s is SectorKey => typeof s === 'string' && (SECTOR_KEYS as readonly string[]).includes(s);

function hasTable(db: Database.Database, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

/**
 * Stable identifier of a workshop file for calendar UIDs: SHA-1 (first 12 hex digits) of the
 * file's creation time (meta `created_at`, written once when the file is created), municipality
 * and name. The same for every export of the same file; different for two workshops.
 * Renaming the workshop changes it (a new set of calendar entries) – acceptable, and rare after
 * the workshop day.
 */
export function workshopUid(createdAt: string | null, municipality: string, name: string): string {
  return createHash('sha1')
    .update([createdAt ?? '', municipality, name].join('\u001f'), 'utf8')
    .digest('hex')
    .slice(0, 12);
}

/** Read the whole workshop into the export model. Pure read; safe on a read-only connection. */
export function workshopToExportModel(db: Database.Database, opts: FromWorkshopOptions = {}): ExportModel {
  const locale = opts.locale ?? 'de';
  const t = exportText(locale);
  const meta = readWorkshopMeta(db);

  // --- Workshop and attendance
  const attendance = hasTable(db, 'attendance')
    ? (db.prepare('SELECT sector, count FROM attendance ORDER BY sector').all() as { sector: string; count: number }[])
        .filter((a) => isSector(a.sector) && a.count > 0)
        .map((a) => ({ sector: a.sector as SectorKey, count: a.count }))
        .sort((a, b) => SECTOR_KEYS.indexOf(a.sector) - SECTOR_KEYS.indexOf(b.sector))
    : [];

  // --- Self-check results (null when nothing was imported)
  const r = readResults(db);
  const results: ExportModel['results'] = r.questions.length
    ? {
        respondents: r.respondents.length,
        questions: r.questions.length,
        fields: r.fields.map((f) => ({ key: f.key, score: f.score, answered: f.answered, dontKnow: f.dontKnow, skipped: f.skipped })),
      }
    : null;

  // --- Strengths by theme (cluster label); hidden cards never leave the room
  const clusters = db.prepare('SELECT id, label FROM clusters ORDER BY position, id').all() as { id: number; label: string }[];
  const cards = db.prepare('SELECT text, sector, field, cluster_id FROM cards WHERE hidden = 0 ORDER BY position, id').all() as {
    text: string;
    sector: string | null;
    field: string | null;
    cluster_id: number | null;
  }[];
  const clusterLabel = new Map<number, string>();
  clusters.forEach((c, i) => clusterLabel.set(c.id, c.label.trim() || t('exportText.unnamedTheme', { number: String(i + 1) })));
  const byCluster = new Map<number | null, StrengthTheme['cards']>();
  for (const c of cards) {
    const key = c.cluster_id !== null && clusterLabel.has(c.cluster_id) ? c.cluster_id : null;
    const list = byCluster.get(key) ?? [];
    list.push({ text: c.text, sector: isSector(c.sector) ? c.sector : null, field: isField(c.field) ? c.field : null });
    byCluster.set(key, list);
  }
  const themes: StrengthTheme[] = [];
  for (const c of clusters) {
    const list = byCluster.get(c.id);
    if (list?.length) themes.push({ label: clusterLabel.get(c.id)!, cards: list });
  }
  const loose = byCluster.get(null);
  if (loose?.length) themes.push({ label: t('exportText.otherStrengths'), cards: loose });

  // --- Next steps, ranked with the method the facilitator chose (dots, criteria or both);
  // ties share a rank, hidden steps stay out.
  const ranking = buildRanking(db);
  const ideaLinks = db.prepare('SELECT idea_id, kind, ref FROM idea_links ORDER BY kind, ref').all() as { idea_id: number; kind: string; ref: string }[];
  const ideaById = new Map(ranking.ideas.map((s) => [s.id, s]));
  const visibleIdeas = ranking.ideas.filter((s) => !s.hidden);
  const anyDots = visibleIdeas.some((s) => s.dots > 0);
  const anyRank = visibleIdeas.some((s) => s.rank !== null && (ranking.method !== 'dots' || s.dots > 0));
  const rankById = new Map<number, number | null>();
  const sources = listIdeaSources(db);
  const items: Idea[] = visibleIdeas.map((s) => {
    // A step without a single dot has no rank under dot voting: "rank 5 with 0 dots" would
    // suggest a decision nobody made.
    const rank = ranking.method === 'dots' && (!anyDots || s.dots === 0) ? null : s.rank;
    rankById.set(s.id, rank);
    return {
      rank,
      title: s.text,
      field: isField(s.field) ? s.field : null,
      dots: s.dots,
      impact: s.impact,
      effort: s.effort,
      score: ranking.method === 'dots' ? null : s.score,
      ...(sources.has(s.id) ? { source: sources.get(s.id)!.municipality } : {}),
    };
  });
  const method = items.length && anyRank ? ranking.methodText[locale].replace(/^(Methode|Method):\s*/, '') : null;

  // --- Actions with updates and where they came from
  const questionText = new Map((db.prepare('SELECT id, text FROM questions').all() as { id: string; text: string }[]).map((q) => [q.id, q.text]));
  const actionLinks = db.prepare('SELECT action_id, kind, ref FROM action_links ORDER BY kind, ref').all() as {
    action_id: number;
    kind: string;
    ref: string;
  }[];
  const linksOf = (rows: { kind: string; ref: string }[]) => {
    const clustersOut: string[] = [];
    const potentials: string[] = [];
    for (const l of rows) {
      if (l.kind === 'cluster') {
        const label = clusterLabel.get(Number(l.ref));
        if (label && !clustersOut.includes(label)) clustersOut.push(label);
      } else if (l.kind === 'question') {
        const text = questionText.get(l.ref) ?? l.ref;
        if (!potentials.includes(text)) potentials.push(text);
      }
    }
    return { clusters: clustersOut, potentials };
  };
  const actions: ExportAction[] = listActions(db).map((a) => {
    const own = actionLinks.filter((l) => l.action_id === a.id);
    let ideaId = a.ideaId;
    if (ideaId === null) {
      const viaLink = own.find((l) => l.kind === 'idea');
      if (viaLink && ideaById.has(Number(viaLink.ref))) ideaId = Number(viaLink.ref);
    }
    const idea = ideaId !== null ? ideaById.get(ideaId) : undefined;
    // The action's own links first, then what its next step built on.
    const fromLinks = linksOf([...own, ...(idea ? ideaLinks.filter((l) => l.idea_id === idea.id) : [])]);
    const origin =
      idea || fromLinks.clusters.length || fromLinks.potentials.length
        ? {
            idea: idea?.text ?? null,
            clusters: fromLinks.clusters.length ? fromLinks.clusters : null,
            potentials: fromLinks.potentials.length ? fromLinks.potentials : null,
          }
        : null;
    return {
      id: String(a.id),
      title: a.title,
      description: a.description,
      field: a.field,
      effect: a.effect,
      effectLevel: a.effectLevel,
      wirkungsstufe: (a.wirkungsstufe ?? null) as Wirkungsstufe | null,
      indicator: a.indicator,
      responsible: a.responsible,
      partners: a.partners,
      start: a.start,
      due: a.due,
      resources: a.resources,
      // "Priority from the ranking": the action's own priority, else its next step's rank.
      priority: a.priority ?? (idea ? (rankById.get(idea.id) ?? null) : null),
      status: a.status,
      updates: a.updates.map((u) => ({ date: u.date, note: u.note, status: u.status })),
      origin,
    };
  });

  // --- How the workshop ran against its agenda (no section without agenda items)
  const ag = hasTable(db, 'agenda_items') ? readAgenda(db) : null;
  const agenda = ag ? agendaRun({ items: ag.items, startTime: ag.startTime, currentId: ag.currentId, date: meta.date, locale, timeZone: opts.timeZone }) : null;

  return {
    locale,
    generatedAt: opts.generatedAt ?? new Date().toISOString(),
    workshop: {
      uid: workshopUid(getMeta(db, 'created_at'), meta.municipality, meta.name),
      name: meta.name,
      municipality: meta.municipality,
      date: meta.date,
      place: meta.place,
      facilitator: getMeta(db, 'facilitator'),
      nextReview: meta.nextReview,
      attendance,
    },
    results,
    strengths: { themes },
    ideas: { method, items },
    actions,
    agenda,
  };
}

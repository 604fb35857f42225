import { FIELDS } from '../../../../shared/domain/fields';
import type { ProjectorFocus } from '../../../../shared/domain/schemas';
import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useActionsStore, useBoardStore, useIdeasStore, useResultsStore } from '../../stores/data';
import { Hy } from '../../components/hyphenate';
import { PagedColumns } from '../../components/PagedColumns';
import { AnswerBar } from '../results/AnswerBar';
import { formatDate, formatPercent } from '../../format';
import { ProjStrengths } from '../strengths/StrengthsProjector';
import { officeOnly } from '../../../../shared/domain/people';
import { useApp } from '../../stores/app';
import { ProjIdeaList } from '../ideas/IdeasProjector';
import { tableSubject, useTablesStore } from '../strengths/tables';
import '../strengths/tables.css';

/** One item in large type: what the facilitator zoomed into. */
export function ProjFocus({ focus }: { focus: ProjectorFocus }) {
  if (focus.kind === 'question') return <FocusQuestion id={focus.id} />;
  if (focus.kind === 'cluster') return <ProjStrengths only={focus.id} />;
  if (focus.kind === 'table') return <FocusTable id={focus.id} />;
  return <FocusAction id={focus.id} />;
}

function Gone() {
  const t = useT();
  return <p className="proj-center">{t('projector.gone')}</p>;
}

/** A question with its distribution (counts written on it) and the comments; never who wrote them. */
function FocusQuestion({ id }: { id: string }) {
  const t = useT();
  const { data } = useResource(useResultsStore);
  if (!data) return null;
  const q = data.questions.find((x) => x.id === id);
  if (!q) return <Gone />;
  const f = FIELDS.find((x) => x.key === q.field)!;
  const items = [
    {
      key: 'q',
      node: (
        <p className="pf-q-text" lang="de">
          <Hy>{q.text}</Hy>
        </p>
      ),
    },
    {
      key: 'bar',
      node: (
        <div className="pf-q-bar">
          <AnswerBar c={q} large />
          <p className="pf-q-score">
            {q.score === null ? t('results.noScore') : formatPercent(q.score, t.locale)} · {t('results.n', { n: q.answered })}
          </p>
        </div>
      ),
    },
    ...(q.comments.length ? [{ key: 'h', node: <h3 className="pf-q-head">{t('projector.comments')}</h3> }] : []),
    ...q.comments.map((c, i) => ({
      key: `c${i}`,
      node: (
        <p className="pf-q-comment" lang="de">
          „<Hy>{c.text}</Hy>“
        </p>
      ),
    })),
  ];
  return (
    <div className="pf" data-testid="proj-focus" data-kind="question">
      <h2 className="pf-title">
        {f.number}. {t.field(f.key)}
      </h2>
      <div className="pf-body">
        <PagedColumns items={items} listClass="pf-list" />
      </div>
    </div>
  );
}

/** One action with everything the room plans with, the responsible office included. */
function FocusAction({ id }: { id: number }) {
  const t = useT();
  const { data } = useResource(useActionsStore);
  if (!data) return null;
  const a = data.find((x) => x.id === id);
  if (!a) return <Gone />;
  const rows: [string, string | null][] = [
    [t('projector.responsible'), officeOnly(a.responsible)],
    [t('projector.partners'), a.partners],
    [t('projector.due'), a.due ? formatDate(a.due, t.locale) : null],
    [t('projector.stufe'), a.wirkungsstufe ? t(`plan.stufe.${a.wirkungsstufe}` as 'plan.stufe.1') : null],
    [t('projector.indicator'), a.indicator],
  ];
  const items = [
    ...(a.description
      ? [
          {
            key: 'd',
            node: (
              <p className="pf-a-desc" lang="de">
                <Hy>{a.description}</Hy>
              </p>
            ),
          },
        ]
      : []),
    ...rows
      .filter(([, v]) => v)
      .map(([k, v]) => ({
        key: k,
        node: (
          <p className="pf-a-row" lang="de">
            <b>{k}:</b> <Hy>{v}</Hy>
          </p>
        ),
      })),
    {
      key: 's',
      node: (
        <p className="pf-a-row">
          <b>{t.fieldShort(a.field) || '–'}</b> · {t(`status.${a.status}`)}
        </p>
      ),
    },
  ];
  return (
    <div className="pf" data-testid="proj-focus" data-kind="action">
      <h2 className="pf-title" lang="de">
        <Hy>{a.title}</Hy>
      </h2>
      <div className="pf-body">
        <PagedColumns items={items} listClass="pf-list" />
      </div>
    </div>
  );
}

/**
 * One table group presenting: its name and subject as the title, then its cards (grouped by theme,
 * packed into pages like the board) — or, in the next-steps phase, its steps. Never the host's
 * name: the projector shows no names of people.
 */
function FocusTable({ id }: { id: number }) {
  const t = useT();
  const phase = useApp((s) => s.status?.session?.phase);
  const { data: tables } = useResource(useTablesStore);
  const { data: ideas } = useResource(useIdeasStore);
  if (!tables) return null;
  const tb = tables.find((x) => x.id === id);
  if (!tb) return <Gone />;
  const subject = tableSubject(tb, t.fieldShort);
  const steps = phase === 'schritte' ? (ideas ?? []).filter((i) => i.tableId === id && !i.hidden) : null;
  return (
    <div className="pf pf-table" data-testid="proj-focus" data-kind="table" data-table-id={id}>
      <h2 className="pf-title" lang="de">
        <Hy>{tb.name}</Hy>
        {subject && (
          <span className="pf-sub">
            {' · '}
            <Hy>{subject}</Hy>
          </span>
        )}
      </h2>
      <div className="pf-body">
        {steps === null ? (
          <ProjStrengths table={id} />
        ) : steps.length ? (
          <ProjIdeaList ideas={steps} testId="proj-table-ideas" />
        ) : (
          <p className="proj-center">{t('tables.projEmptyIdeas')}</p>
        )}
      </div>
    </div>
  );
}

/** Overview of the board: every theme with its number of cards. */
export function StrengthsOverview() {
  const t = useT();
  const { data } = useResource(useBoardStore);
  if (!data) return null;
  const counts = new Map<number | null, number>();
  for (const c of data.cards) if (!c.hidden) counts.set(c.clusterId, (counts.get(c.clusterId) ?? 0) + 1);
  const items = data.clusters
    .filter((k) => (counts.get(k.id) ?? 0) > 0)
    .map((k) => ({
      key: k.id,
      node: (
        <p className="po-row" lang="de">
          <span>
            <Hy>{k.label}</Hy>
          </span>{' '}
          <b>{t('cards.count', { n: counts.get(k.id) ?? 0 })}</b>
        </p>
      ),
    }));
  if (counts.get(null))
    items.push({
      key: 0,
      node: (
        <p className="po-row">
          <span>{t('cards.unclustered')}</span> <b>{t('cards.count', { n: counts.get(null)! })}</b>
        </p>
      ),
    });
  return (
    <div className="po" data-testid="proj-overview">
      <PagedColumns items={items} cols={2} listClass="po-list" foot={<p className="proj-note">{t('projector.themes', { n: items.length })}</p>} />
    </div>
  );
}

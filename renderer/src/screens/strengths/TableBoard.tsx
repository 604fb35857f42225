import type { Board } from '../../../../shared/domain/schemas';
import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { SectorTag } from '../../components/SectorTag';
import { ZoomButton, zoomProjector } from '../../components/ProjectorControls';
import { useApp } from '../../stores/app';
import { columnsByTable, tableSubject, useTablesStore, useTableUi, type BoardArrangement } from './tables';
import './tables.css';

/**
 * The board "nach Tischen" for the plenary: one column per table (in the order of the "Tische"
 * dialog) with its cards and their theme, then "Ohne Tisch". "Groß zeigen" on a table puts its
 * cards on the projector while the table presents. Sorting and moving stay on the theme board.
 */
export function TableBoard({ board }: { board: Board }) {
  const t = useT();
  const { data: tables } = useResource(useTablesStore);
  if (!tables) return <p role="status">{t('common.loading')}</p>;
  if (!tables.length) return <p className="empty">{t('tables.noTables')}</p>;
  const theme = new Map(board.clusters.map((c) => [c.id, c.label]));
  return (
    <div className="table-board" data-testid="table-board">
      {columnsByTable(tables, board.cards).map(({ table, items }) => {
        const name = table?.name ?? t('tables.without');
        const headId = `table-col-${table?.id ?? 'none'}`;
        const subject = table ? tableSubject(table, t.fieldShort) : '';
        return (
          <section
            key={table?.id ?? 'none'}
            className={`table-col${table ? '' : ' is-loose'}`}
            data-testid="table-col"
            data-table-id={table?.id ?? 'none'}
            aria-labelledby={headId}
          >
            <div className="table-col-head">
              <h3 id={headId} lang="de">
                {name}
              </h3>
              <span className="count">{t('cards.count', { n: items.length })}</span>
              {table && items.some((c) => !c.hidden) && <ZoomButton focus={{ kind: 'table', id: table.id }} label={name} />}
              {subject && (
                <p className="table-col-subject" lang="de">
                  {subject}
                </p>
              )}
            </div>
            {items.length > 0 && (
              <ul>
                {items.map((c) => (
                  <li key={c.id} className={`card${c.hidden ? ' is-hidden' : ''}`} data-testid="table-card" data-card-id={c.id}>
                    <SectorTag sector={c.sector} />
                    <span className="card-text" lang="de">
                      {c.text}
                      {c.clusterId !== null && theme.has(c.clusterId) && <span className="theme-tag">{theme.get(c.clusterId)}</span>}
                    </span>
                    {c.hidden && <span className="badge">{t('cards.hidden')}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** "Tafel ordnen: nach Themen | nach Tischen" — two toggle buttons (aria-pressed), one always on. */
export function ArrangementToggle() {
  const t = useT();
  const view = useTableUi((s) => s.view);
  const setView = useTableUi((s) => s.setView);
  const option = (v: BoardArrangement, label: string) => (
    <button type="button" aria-pressed={view === v} className={view === v ? 'is-on' : undefined} onClick={() => setView(v)} data-testid={`board-by-${v}`}>
      {label}
    </button>
  );
  return (
    <div className="arrangement" role="group" aria-label={t('tables.view')}>
      <span className="arrangement-label" aria-hidden="true">
        {t('tables.view')}:
      </span>
      {option('themes', t('tables.byTheme'))}
      {option('tables', t('tables.byTable'))}
    </div>
  );
}

/** A card's table, small and grey on the theme board (its name in full for screen readers). */
export function TableTag({ id }: { id: number }) {
  const t = useT();
  const name = useTablesStore((s) => s.data?.find((x) => x.id === id)?.name);
  if (!name) return null;
  return (
    <span className="table-tag" title={t('tables.tag', { name })} data-testid="card-table">
      {name}
    </span>
  );
}

/**
 * "Projektor: Tisch …": the table that presents now, chosen from a list (strengths and next
 * steps); the projector shows its cards, or in the next-steps phase its steps. The first entry
 * ends the zoom. Shown only when tables exist.
 */
export function ProjectTableSelect() {
  const t = useT();
  const { data: tables } = useResource(useTablesStore);
  const focus = useApp((s) => s.status?.session?.projector.focus);
  if (!tables?.length) return null;
  const current = focus?.kind === 'table' && tables.some((x) => x.id === focus.id) ? focus.id : null;
  return (
    <select
      className={`project-table${current !== null ? ' is-set' : ''}`}
      aria-label={t('tables.project')}
      title={t('tables.project')}
      value={current ?? ''}
      data-testid="project-table"
      onChange={(e) => zoomProjector(e.target.value ? { kind: 'table', id: Number(e.target.value) } : null)}
    >
      <option value="">{t('tables.projectNone')}</option>
      {tables.map((x) => (
        <option key={x.id} value={x.id}>
          {x.name}
        </option>
      ))}
    </select>
  );
}

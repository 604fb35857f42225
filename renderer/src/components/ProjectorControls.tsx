import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { useProjectorPages } from './pageClock';
import type { ProjectorFocus } from '../../../shared/domain/schemas';

// The page last asked for: quick presses on a remote count from it, not from the page shown
// (which follows only once the change came back from the workshop file).
let requested: { page: number; at: number } | null = null;

/** The page the room sees or is about to see (a turn just asked for counts), and how many there are. */
export function projectorPage(): { pages: number; page: number } {
  const { pages, shown } = useProjectorPages.getState();
  return { pages, page: requested && Date.now() - requested.at < 1000 ? requested.page : shown };
}

/** Turn the room's page by `delta` (clamped to the pages the preview measured); holds the page. */
export function turnProjectorPage(delta: number): void {
  const { status, run } = useApp.getState();
  const projector = status?.session?.projector;
  if (!projector) return;
  const { pages, shown } = useProjectorPages.getState();
  const from = requested && Date.now() - requested.at < 1000 ? requested.page : shown;
  const page = Math.max(0, Math.min(pages - 1, from + delta));
  if (page === from && !projector.auto) return;
  requested = { page, at: Date.now() };
  void run('session.set', { projector: { page, auto: false } });
}

/** Zoom the projector into one item (or back out with null). */
export function zoomProjector(focus: ProjectorFocus | null): void {
  void useApp.getState().run('session.set', { projector: { focus, page: 0, overview: false } });
}

/**
 * Under the preview: which page the room sees, previous / next (also Bild↑ / Bild↓ anywhere,
 * the keys a presenter remote sends), hold, automatic page turning (off by default: someone is
 * presenting), the overview, and leaving a zoomed item.
 */
export function ProjectorControls() {
  const t = useT();
  const projector = useApp((s) => s.status?.session?.projector);
  const run = useApp((s) => s.run);
  const { pages, shown } = useProjectorPages();
  if (!projector) return null;
  return (
    <div className="proj-controls" role="group" aria-label={t('projector.controls')} data-testid="proj-controls">
      <div className="pc-row">
        <button
          type="button"
          onClick={() => turnProjectorPage(-1)}
          disabled={shown <= 0}
          aria-keyshortcuts="PageUp"
          aria-label={t('projector.prev')}
          title={t('projector.prev')}
        >
          ◀
        </button>
        <span className="pc-page" aria-live="polite" data-testid="proj-controls-page">
          {t('projector.pageOf', { page: shown + 1, pages })}
        </span>
        <button
          type="button"
          onClick={() => turnProjectorPage(1)}
          disabled={shown >= pages - 1}
          aria-keyshortcuts="PageDown"
          aria-label={t('projector.next')}
          title={t('projector.next')}
        >
          ▶
        </button>
      </div>
      <div className="pc-row">
        <label className="pc-check">
          <input
            type="checkbox"
            checked={projector.auto}
            data-testid="proj-auto"
            onChange={(e) => void run('session.set', { projector: e.target.checked ? { auto: true } : { auto: false, page: shown } })}
          />
          {t('projector.auto')}
        </label>
        {projector.auto && (
          <button type="button" onClick={() => void run('session.set', { projector: { auto: false, page: shown } })}>
            {t('projector.hold')}
          </button>
        )}
        <button
          type="button"
          aria-pressed={projector.overview}
          data-testid="proj-overview-toggle"
          onClick={() => void run('session.set', { projector: { overview: !projector.overview, focus: null, page: 0 } })}
        >
          {t('projector.overview')}
        </button>
        {projector.focus && (
          <button type="button" data-testid="proj-zoom-end" onClick={() => zoomProjector(null)}>
            {t('projector.zoomEnd')}
          </button>
        )}
      </div>
      <p className="hint">{t('projector.keys')}</p>
    </div>
  );
}

/** "Groß zeigen": zooms the projector into this item; pressed while the room sees it. */
export function ZoomButton({ focus, label }: { focus: ProjectorFocus; label?: string }) {
  const t = useT();
  const current = useApp((s) => s.status?.session?.projector.focus);
  const on = !!current && current.kind === focus.kind && current.id === focus.id;
  const text = t('projector.zoom');
  return (
    <button
      type="button"
      className="zoom-button"
      aria-pressed={on}
      data-testid="zoom"
      aria-label={label ? `${text}: ${label}` : text}
      title={text}
      onClick={() => zoomProjector(on ? null : focus)}
    >
      {t('projector.zoomShort')}
    </button>
  );
}

import { useRef, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useIdeasStore } from '../../stores/data';
import { Hy } from '../../components/hyphenate';
import { useFit, usePage } from '../priorities/useFit';
import './ideas.css';

/** Projector part of this phase: large type, nothing hidden, no names. */
export function ProjIdeas() {
  const t = useT();
  const { data } = useResource(useIdeasStore);
  if (!data) return null;
  const visible = data.filter((i) => !i.hidden);
  if (!visible.length) return <p className="proj-center">{t('projector.ideas')}</p>;
  return <ProjIdeaList ideas={visible} />;
}

// Type sizes tried in turn (in % of the screen height); below 3 % the list is split into pages.
const SIZES = [3.6, 3.4, 3.2, 3.0];
const MIN_ROWS = 3;

/**
 * Numbered ideas in two columns, filled top to bottom. The numbers are part of each row (not
 * list markers), so "10." never touches the text of the left column. The list shrinks to fit
 * (never below 3 % of the screen height); if it still does not fit, it shows pages in turn with
 * "Seite 1 von 2".
 */
export function ProjIdeaList({
  ideas,
  note,
  testId,
  bullets = false,
}: {
  ideas: { id: number; text: string }[];
  note?: ReactNode;
  testId?: string;
  /** a neutral bullet instead of "1., 2., 3.": steps before the vote, whose order is no ranking */
  bullets?: boolean;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const half = Math.ceil(ideas.length / 2);
  const pagedLevels = Math.max(0, half - MIN_ROWS);
  const level = useFit(box, SIZES.length + pagedLevels, ideas.map((s) => `${s.id}:${s.text.length}`).join(','));
  const size = SIZES[Math.min(level, SIZES.length - 1)];
  const rows = level < SIZES.length ? half : Math.max(MIN_ROWS, half - (level - SIZES.length + 1));
  const perPage = rows * 2;
  const pages = Math.ceil(ideas.length / perPage);
  const page = usePage(pages);
  const shown = ideas.slice(page * perPage, page * perPage + perPage);
  const List = bullets ? 'ul' : 'ol';
  return (
    <div className={bullets ? 'proj-fit proj-unranked' : 'proj-fit'} data-testid={testId}>
      <div className="proj-fit-box" ref={box}>
        <div className="proj-ideas" style={{ fontSize: `${size}cqh` }} data-testid="proj-ideas">
          {[shown.slice(0, Math.ceil(shown.length / 2)), shown.slice(Math.ceil(shown.length / 2))].map((col, c) => (
            <List key={c} start={page * perPage + 1 + c * Math.ceil(shown.length / 2)}>
              {col.map((s, i) => (
                <li key={s.id} lang="de">
                  {bullets ? (
                    <span className="pu-bullet" aria-hidden="true">
                      •
                    </span>
                  ) : (
                    <span className="ps-num" aria-hidden="true">
                      {page * perPage + c * Math.ceil(shown.length / 2) + i + 1}.
                    </span>
                  )}
                  <span className="ps-text">
                    <Hy>{s.text}</Hy>
                  </span>
                </li>
              ))}
            </List>
          ))}
        </div>
      </div>
      {(note || pages > 1) && (
        <p className="proj-note">
          {note}
          {note && pages > 1 && ' · '}
          {pages > 1 && <span data-testid="proj-page">{t('ideas.page', { page: page + 1, pages })}</span>}
        </p>
      )}
    </div>
  );
}

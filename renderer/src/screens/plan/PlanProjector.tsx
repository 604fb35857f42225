import type React from 'react';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useActionsStore } from '../../stores/data';
import { formatDate, todayIso } from '../../format';
import { isOverdue, sortActions, type PlanAction } from './planModel';
import { Hy, useHyphenation } from '../../components/hyphenate';
import './plan.css';
import { useProjectorPage } from '../../components/pageClock';
import { PagedColumns } from '../../components/PagedColumns';
import { FIELDS } from '../../../../shared/domain/fields';
import { officeOnly } from '../../../../shared/domain/people';

/** Title sizes tried in turn (% of the screen height); the meta line stays at 3 %. */
const SIZES = [3.8, 3.5, 3.2, 3.0];

/** A page: two columns of item indices, filled in order. */
export type PlanPage = [number[], number[]];

/** Columns of item indices, filled in order: each column as far as `cap` allows (an item taller than `cap` gets a column of its own). */
function fillColumns(heights: number[], cap: number, gap: number): number[][] {
  const cols: number[][] = [];
  let cur: number[] = [];
  let used = 0;
  heights.forEach((ht, i) => {
    if (cur.length && used + gap + ht > cap) {
      cols.push(cur);
      cur = [];
      used = 0;
    }
    used = cur.length ? used + gap + ht : ht;
    cur.push(i);
  });
  if (cur.length) cols.push(cur);
  return cols;
}

/**
 * Packs items (measured heights) in order into pages of two columns of height `h`, as few pages
 * as possible, and then as even as possible: the lowest column height that still needs no more
 * pages is searched, so the columns (and the pages) end at about the same height instead of a
 * full left column and a short right one.
 */
export function packPlanPages(heights: number[], h: number, gap: number): PlanPage[] {
  if (!heights.length) return [[[], []]];
  const pagesNeeded = Math.ceil(fillColumns(heights, h, gap).length / 2);
  let lo = Math.max(...heights),
    hi = Math.max(h, lo);
  if (fillColumns(heights, lo, gap).length > pagesNeeded * 2) {
    for (let k = 0; k < 30 && hi - lo > 0.5; k++) {
      const mid = (lo + hi) / 2;
      if (fillColumns(heights, mid, gap).length <= pagesNeeded * 2) hi = mid;
      else lo = mid;
    }
  } else hi = lo;
  const cols = fillColumns(heights, hi, gap);
  const pages: PlanPage[] = [];
  for (let i = 0; i < cols.length; i += 2) pages.push([cols[i], cols[i + 1] ?? []]);
  return pages;
}

const Item = memo(function Item({ a, overdue, live }: { a: PlanAction; overdue: boolean; live: boolean }) {
  const t = useT();
  const meta = [t.fieldShort(a.field), a.due ? formatDate(a.due, t.locale) : '', t(`status.${a.status}`)].filter(Boolean).join(' · ');
  return (
    <li className={overdue ? 'is-overdue' : undefined} data-testid={live ? 'proj-action' : undefined}>
      <span className="pp-title" lang="de">
        <Hy>{a.title}</Hy>
      </span>
      <span className="pp-meta">
        {meta}
        {overdue && (
          <>
            {' '}
            <span className="pp-overdue">{t('plan.overdue')}</span>
          </>
        )}
      </span>
      {officeOnly(a.responsible) && (
        <span className="pp-meta pp-resp" lang="de">
          {t('projector.responsible')}: <Hy>{officeOnly(a.responsible)!}</Hy>
        </span>
      )}
    </li>
  );
});

/**
 * Projector part of this phase: every action, by priority, in two balanced columns filled in
 * order — title, then field · due date · status, overdue ones marked "überfällig" (amber), then
 * the responsible office (the room agrees who does it; a person's name in brackets is left out —
 * the projector never shows names of people — and the partners stay on the laptop). Items are measured at the real column width; the plan takes as few screens as the
 * smallest size (titles 3 %) allows, at the largest title size that needs no more; with more
 * than one screen the pages turn every 12 s ("Seite x von y", clock-synced with the preview).
 */
export function ProjPlan() {
  const t = useT();
  const { data } = useResource(useActionsStore);
  const list = useMemo(() => (data ? sortActions(data, { key: 'priority', dir: 1 }) : []), [data]);
  const today = todayIso();
  const ref = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(0);
  const hyphensReady = useHyphenation();
  const [layout, setLayout] = useState<{ level: number; pages: PlanPage[] }>({ level: 0, pages: [] });

  useLayoutEffect(() => {
    const el = ref.current;
    const m = measureRef.current;
    if (!el || !m || !list.length) return;
    // layout sizes, not getBoundingClientRect: the facilitator's preview is a scaled copy (CSS transform)
    const H = el.clientHeight;
    if (!H) return;
    const col = m.querySelector<HTMLElement>('.pp-col')!;
    const gap = parseFloat(getComputedStyle(col).rowGap) || 0;
    const foot = m.querySelector<HTMLElement>('.pp-page')!.offsetHeight;
    // Fewest pages first (the smallest size decides), then the largest title size with that many pages.
    const tries = SIZES.map((sz, level) => {
      m.style.setProperty('--pp-title', `${sz}cqh`);
      const heights = [...col.querySelectorAll<HTMLElement>(':scope > li')].map((li) => li.offsetHeight);
      let pages = packPlanPages(heights, H, gap);
      if (pages.length > 1) pages = packPlanPages(heights, H - foot, gap);
      return { level, pages };
    });
    const fewest = Math.min(...tries.map((x) => x.pages.length));
    const chosen = tries.find((x) => x.pages.length === fewest)!;
    m.style.removeProperty('--pp-title');
    setLayout((cur) => (cur.level === chosen.level && JSON.stringify(cur.pages) === JSON.stringify(chosen.pages) ? cur : chosen));
  }, [list, size, t, hyphensReady]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const ro = new ResizeObserver(() => setSize(el.clientWidth * 10000 + el.clientHeight));
    ro.observe(el);
    void document.fonts?.ready.then(() => setSize((s) => s + 0.5));
    return () => ro.disconnect();
  }, [data === null || data === undefined || list.length === 0]); // eslint-disable-line react-hooks/exhaustive-deps

  const pages = layout.pages.length ? layout.pages : [[list.map((_, i) => i), []] as PlanPage];
  const page = useProjectorPage(pages.length);
  if (!data) return null;
  if (!list.length) return <p className="proj-center">{t('plan.empty')}</p>;
  const shown = pages[page].map((ids) => ids.filter((i) => i < list.length));
  return (
    <div
      ref={ref}
      className="pp"
      data-testid="proj-plan"
      data-page={page + 1}
      data-pages={pages.length}
      style={{ '--pp-title': `${SIZES[layout.level]}cqh` } as React.CSSProperties}
    >
      <div className="pp-cols">
        {shown.map((ids, c) => (
          <ul className="pp-col" key={c} data-testid="proj-plan-col">
            {ids.map((i) => (
              <Item key={list[i].id} a={list[i]} overdue={isOverdue(list[i], today)} live />
            ))}
          </ul>
        ))}
      </div>
      {pages.length > 1 && (
        <p className="pp-page" data-testid="proj-page">
          {t('plan.projector.page', { page: page + 1, pages: pages.length })}
        </p>
      )}
      <div ref={measureRef} className="pp-measure" aria-hidden="true">
        <ul className="pp-col">
          {list.map((a) => (
            <Item key={a.id} a={a} overdue={isOverdue(a, today)} live={false} />
          ))}
        </ul>
        <p className="pp-page">{t('plan.projector.page', { page: 1, pages: 2 })}</p>
      </div>
    </div>
  );
}

/** Overview of the plan: how many actions each field has, and how many are done. */
export function PlanOverview() {
  const t = useT();
  const { data } = useResource(useActionsStore);
  if (!data) return null;
  const keys = [...FIELDS.map((f) => f.key), null] as const;
  const items = keys
    .map((k) => {
      const list = data.filter((a) => a.field === k);
      if (!list.length) return null;
      const done = list.filter((a) => a.status === 'erledigt').length;
      return {
        key: k ?? 'none',
        node: (
          <p className="po-row" lang="de">
            <span>{k ? `${FIELDS.find((f) => f.key === k)!.number}. ${t.field(k)}` : t('plan.filter.none')}</span>{' '}
            <b>
              {t('projector.actions', { n: list.length })}
              {done > 0 && ` · ${t('projector.done', { n: done })}`}
            </b>
          </p>
        ),
      };
    })
    .filter((x) => x !== null);
  return (
    <div className="po" data-testid="proj-overview">
      <PagedColumns items={items} cols={1} listClass="po-list" />
    </div>
  );
}

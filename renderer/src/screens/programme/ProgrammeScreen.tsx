import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { api } from '../../api/client';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { ErrorBanner } from '../../components/ErrorBanner';
import { saveBytes } from '../plan/download';
import { FIELDS, type FieldKey } from '../../../../shared/domain/fields';
import type { Output } from '../../../../shared/api';
import { errorText } from '../../../../shared/domain/errors';
import type { FieldDistribution } from '../../../../shared/exchange/programme';
import './programme.css';

type Programme = Output<'programme.load'>;
type Search = Output<'programme.search'>;

// Drawn in CSS pixels at the strip's measured width, so the chart fills its card and the axis numbers keep their size.
const H = 74;
const PAD = 16;
const AXIS = 50; // the 0–100 line; tick marks reach 4 above and below it, the numbers sit below the marks
const LABEL = H - 4; // baseline of the axis numbers, clear of the tick marks (12px text)
const scale = (w: number) => (score: number) => PAD + (score / 100) * (w - 2 * PAD);
// A fixed vertical spread by position in the file list (not by score), so equal scores stay visible.
const y = (i: number) => 14 + ((i * 7) % 5) * 6;
const num = (n: number | null, locale: string) => (n === null ? '–' : n.toLocaleString(locale, { maximumFractionDigits: 1 }));

/** The element's content width, followed as the window changes (a first guess until it is measured). */
function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => el.clientWidth > 0 && setWidth(el.clientWidth);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

/** One field: every municipality a dot on a 0–100 strip, the middle half as a band, the median as a tick. No ranks, no sorting. */
function Strip({ f, highlight, index }: { f: FieldDistribution; highlight: string; index: Map<string, number> }) {
  const t = useT();
  const [ref, W] = useWidth<HTMLElement>();
  const x = scale(W);
  const label = f.n
    ? t('programme.stripLabel', { field: t.field(f.key), n: f.n, median: num(f.median, t.locale), q1: num(f.q1, t.locale), q3: num(f.q3, t.locale) })
    : `${t.field(f.key)}: ${t('programme.noScores')}`;
  return (
    <figure className="programme-strip" data-testid={`strip-${f.key}`} ref={ref}>
      <figcaption>
        {FIELDS.find((x) => x.key === f.key)!.number}. {t.field(f.key)} <span className="hint">n = {f.n}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
        <line x1={PAD} x2={W - PAD} y1={AXIS} y2={AXIS} className="axis" />
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={AXIS - 4} y2={AXIS + 4} className="axis" />
            <text x={x(v)} y={LABEL} textAnchor="middle" className="tick">
              {v}
            </text>
          </g>
        ))}
        {f.q1 !== null && f.q3 !== null && <rect x={x(f.q1)} width={Math.max(1, x(f.q3) - x(f.q1))} y={8} height={34} className="band" />}
        {f.median !== null && <line x1={x(f.median)} x2={x(f.median)} y1={6} y2={44} className="median" />}
        {f.dots.map((d) => (
          <circle
            key={d.id}
            cx={x(d.score)}
            cy={d.id === highlight ? 25 : y(index.get(d.id) ?? 0)}
            r={d.id === highlight ? 7 : 4}
            className={d.id === highlight ? 'dot own' : 'dot'}
            data-testid={d.id === highlight ? 'dot-own' : 'dot'}
          />
        ))}
      </svg>
    </figure>
  );
}

export function ProgrammeScreen({ onBack }: { onBack: () => void }) {
  const t = useT();
  const { run } = useApp();
  // "Back" shows what is there: the open workshop if there is one, else the start screen.
  const workshopOpen = useApp((s) => Boolean(s.status?.workshop));
  const [dir, setDir] = useState(() => sessionStorage.getItem('werkstatt-programme-dir') ?? '');
  const [hideNames, setHideNames] = useState(false);
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [highlight, setHighlight] = useState('');
  const [text, setText] = useState('');
  const [field, setField] = useState<FieldKey | ''>('');
  const [kind, setKind] = useState<'' | 'theme' | 'action'>('');
  const [result, setResult] = useState<Search | null>(null);
  // The app's own example packages (the demo's), offered while no folder is loaded.
  const [examples, setExamples] = useState<string | null>(null);
  useEffect(() => {
    void run('programme.examples', {}).then((r) => r && setExamples(r.dir));
  }, [run]);

  const load = async (e?: FormEvent, chosen?: string) => {
    e?.preventDefault();
    const target = (chosen ?? dir).trim();
    if (!target) return;
    const p = await run('programme.load', { dir: target, hideNames });
    setProgramme(p);
    if (p) sessionStorage.setItem('werkstatt-programme-dir', target);
  };
  // The desktop app has a native folder dialog; the browser mode keeps the typed path (with the core's message when it is missing or unreadable).
  const pickFolder = async () => {
    const chosen = (await api.shell('shell.pickPath', { kind: 'folder' }).catch(() => null)) as string | null;
    if (!chosen) return;
    setDir(chosen);
    await load(undefined, chosen);
  };
  const query = { dir: programme?.dir ?? '', hideNames, text, ...(field ? { field } : {}), ...(kind ? { kind } : {}) };

  useEffect(() => {
    if (!programme) return;
    let live = true;
    void run('programme.search', { ...query, limit: 300 }).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the query's parts are listed
  }, [programme, text, field, kind, hideNames]);

  const index = new Map((programme?.municipalities ?? []).map((m, i) => [m.id, i]));
  const statusText = (s: string | null) => (s ? t(`status.${s}` as 'status.geplant') : '');

  return (
    <div className="start programme">
      <header className="start-header">
        <div>
          <h1>{t('programme.title')}</h1>
          <p className="subtitle">{t('programme.openHint')}</p>
        </div>
        <button type="button" className="link-button programme-back" onClick={onBack} data-testid="programme-back">
          {workshopOpen ? t('programme.backToWorkshop') : t('programme.back')}
        </button>
      </header>
      <ErrorBanner />
      <form className="form inline" onSubmit={load}>
        <label className="grow">
          {t('programme.dir')}
          <input name="dir" value={dir} onChange={(e) => setDir(e.target.value)} placeholder="/…/Austauschpakete" title={t('programme.pathHint')} />
        </label>
        {api.transport === 'electron' && (
          <button type="button" onClick={() => void pickFolder()} data-testid="programme-pick">
            {t('programme.pick')}
          </button>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={hideNames}
            onChange={(e) => {
              setHideNames(e.target.checked);
              if (programme) void run('programme.load', { dir: programme.dir, hideNames: e.target.checked }).then((p) => p && setProgramme(p));
            }}
          />{' '}
          {t('programme.hideNames')}
        </label>
        <button type="submit" className="primary">
          {t('programme.load')}
        </button>
      </form>
      {!programme && examples && (
        <p className="hint">
          {t('programme.examplesHint')}{' '}
          <button
            type="button"
            className="link-button"
            data-testid="programme-examples"
            onClick={() => {
              setDir(examples);
              void load(undefined, examples);
            }}
          >
            {t('programme.examples')}
          </button>
        </p>
      )}
      {programme && (
        <>
          <p data-testid="programme-summary">
            {t('programme.summary', { n: programme.municipalities.length })}, {t('programme.themes', { n: programme.practices.themes })},{' '}
            {t('programme.actions', { n: programme.practices.actions })}
          </p>
          <section className="panel" aria-labelledby="pf-h">
            <h2 id="pf-h">{t('programme.fieldsH')}</h2>
            <p className="hint">{t('programme.notRanking')}</p>
            <label>
              {t('programme.highlight')}{' '}
              <select value={highlight} onChange={(e) => setHighlight(e.target.value)} data-testid="programme-highlight">
                <option value="">{t('programme.none')}</option>
                {programme.municipalities.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            {programme.fields.map((f) => (
              <Strip key={f.key} f={f} highlight={highlight} index={index} />
            ))}
          </section>
          <section className="panel" aria-labelledby="pc-h">
            <h2 id="pc-h">{t('programme.catalogueH')}</h2>
            <div className="form inline">
              <label className="grow">
                {t('programme.search')}
                <input type="search" value={text} onChange={(e) => setText(e.target.value)} data-testid="programme-search" />
              </label>
              <label>
                {t('programme.field')}
                <select value={field} onChange={(e) => setField(e.target.value as FieldKey | '')} data-testid="programme-field">
                  <option value="">{t('programme.allFields')}</option>
                  {FIELDS.map((f) => (
                    <option key={f.key} value={f.key}>
                      {f.number}. {t.field(f.key)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('programme.kind')}
                <select value={kind} onChange={(e) => setKind(e.target.value as '' | 'theme' | 'action')}>
                  <option value="">{t('programme.allKinds')}</option>
                  <option value="theme">{t('programme.kindTheme')}</option>
                  <option value="action">{t('programme.kindAction')}</option>
                </select>
              </label>
              <button type="button" onClick={() => void run('programme.exportCsv', query).then((out) => out && saveBytes(out))} data-testid="programme-csv">
                {t('programme.csv')}
              </button>
              <button type="button" onClick={() => void run('programme.exportXlsx', query).then((out) => out && saveBytes(out))} data-testid="programme-xlsx">
                {t('programme.xlsx')}
              </button>
            </div>
            {result && (
              <>
                <p role="status" data-testid="programme-hits">
                  {t('programme.hits', { total: result.total })}
                  {result.total > result.hits.length ? ` ${t('programme.moreHits', { shown: result.hits.length })}` : ''}
                </p>
                <table className="programme-table" data-testid="programme-table">
                  <thead>
                    <tr>
                      <th>{t('programme.kind')}</th>
                      <th>{t('programme.field')}</th>
                      <th>{t('programme.colTitle')}</th>
                      <th>{t('programme.colDetail')}</th>
                      <th>{t('programme.colStatus')}</th>
                      <th>{t('programme.colMunicipality')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.hits.map((h, i) => (
                      <tr key={i}>
                        <td>{h.kind === 'theme' ? t('programme.kindTheme') : t('programme.kindAction')}</td>
                        <td>{t.fieldShort(h.field)}</td>
                        <td>{h.title}</td>
                        <td className="detail">{h.detail}</td>
                        <td>{statusText(h.status)}</td>
                        <td>{h.municipality}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
          {(programme.sharedPotentials.length > 0 || programme.sharedIdeas.length > 0) && (
            <section className="panel">
              {programme.sharedPotentials.length > 0 && (
                <>
                  <h2>{t('programme.sharedH')}</h2>
                  <ul data-testid="programme-shared">
                    {programme.sharedPotentials.slice(0, 50).map((p) => (
                      <li key={p.text}>
                        {p.text} <span className="hint">({t('programme.sharedCount', { n: p.municipalities })})</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {programme.sharedIdeas.length > 0 && (
                <>
                  <h2>{t('programme.sharedIdeasH')}</h2>
                  <ul>
                    {programme.sharedIdeas.slice(0, 50).map((p) => (
                      <li key={p.text}>
                        {p.text} <span className="hint">({t('programme.sharedCount', { n: p.municipalities })})</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}
          {programme.refused.length > 0 && (
            <section className="panel" data-testid="programme-refused">
              <h2>{t('programme.refusedH')}</h2>
              <ul>
                {programme.refused.map((r) => (
                  <li key={r.file}>{errorTextOf(r, t.locale)}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

function errorTextOf(r: Programme['refused'][number], locale: 'de' | 'en'): string {
  return errorText({ message: r.message, key: r.key, params: r.params }, locale);
}

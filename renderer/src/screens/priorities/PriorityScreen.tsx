import { useState } from 'react';
import { SECTORS, type SectorKey } from '../../../../shared/domain/fields';
import type { RankingView } from '../../../../shared/api/ranking';
import { useResource } from '../../stores/resource';
import { useApp } from '../../stores/app';
import { useActionsStore } from '../../stores/data';
import { useT } from '../../i18n';
import { SectorTag } from '../../components/SectorTag';
import { useRankingStore, useTalliesStore } from './stores';
import { TallyCell } from './TallyCell';
import { AttendanceEditor } from './AttendanceEditor';
import { PersonTab } from './PersonTab';
import { MatrixTab } from './MatrixTab';
import { CriteriaTab } from './CriteriaTab';
import { SectorsTab } from './SectorsTab';
import { formatScore } from './format';
import './priority.css';

const TABS = ['ranking', 'tally', 'person', 'matrix', 'criteria', 'sectors'] as const;
type Tab = (typeof TABS)[number];
// The same five sectors as capture, charts and exports, "Sonstige" included: dots from a person
// of another sector must have a column, or they are lost or counted under a wrong sector.
export const ROOM_SECTORS = SECTORS;

export function PriorityScreen() {
  const t = useT();
  const { data } = useResource(useRankingStore);
  const [tab, setTab] = useState<Tab>('ranking');
  if (!data) return <p role="status">{t('common.loading')}</p>;
  return (
    <section className="priority">
      <div className="screen-head">
        <h2>{t('prio.title')}</h2>
      </div>
      <Settings r={data} />
      <div className="prio-tabs" role="tablist" aria-label={t('prio.title')}>
        {TABS.map((k) => (
          <button key={k} type="button" role="tab" id={`prio-tab-${k}`} aria-selected={tab === k} aria-controls="prio-panel" onClick={() => setTab(k)}>
            {t(`prio.tab.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="prio-panel" aria-labelledby={`prio-tab-${tab}`} className="prio-panel">
        {data.ideas.length === 0 ? (
          <p className="empty">{t('prio.empty')}</p>
        ) : (
          <>
            {tab === 'ranking' && <RankingTab r={data} />}
            {tab === 'tally' && <TallyTab r={data} />}
            {tab === 'person' && <PersonTab r={data} />}
            {tab === 'matrix' && <MatrixTab r={data} />}
            {tab === 'criteria' && <CriteriaTab r={data} />}
            {tab === 'sectors' && <SectorsTab r={data} />}
          </>
        )}
      </div>
    </section>
  );
}

function Settings({ r }: { r: RankingView }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const s = r.settings;
  const [dots, setDots] = useState<string | null>(null);
  const saveDots = async () => {
    if (dots === null) return;
    if (dots.trim() === String(s.dotsPerPerson)) return setDots(null);
    if (await run('votes.configure', { dotsPerPerson: /^\d+$/.test(dots.trim()) ? Number(dots.trim()) : (dots as unknown as number) })) setDots(null);
  };
  return (
    <div className="prio-settings">
      <label>
        {t('prio.dotsPerPerson')}
        <input
          className="num-input"
          inputMode="numeric"
          value={dots ?? String(s.dotsPerPerson)}
          data-testid="dots-per-person"
          onChange={(e) => setDots(e.target.value)}
          onBlur={() => void saveDots()}
          onKeyDown={(e) => e.key === 'Enter' && void saveDots()}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={s.allowMultiple} onChange={(e) => void run('votes.configure', { allowMultiple: e.target.checked })} />
        {t('prio.allowMultiple')}
      </label>
      <label>
        {t('prio.method')}
        <select value={s.method} onChange={(e) => void run('votes.configure', { method: e.target.value as RankingView['method'] })} data-testid="rank-method">
          {(['dots', 'criteria', 'combined'] as const).map((m) => (
            <option key={m} value={m}>
              {t(`prio.method.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {s.method === 'combined' && (
        <label>
          {t('prio.votesWeight')}
          <input
            className="num-input"
            type="number"
            min={0}
            max={10}
            step={0.5}
            defaultValue={s.votesWeight}
            key={s.votesWeight}
            onBlur={(e) => Number(e.target.value) !== s.votesWeight && void run('votes.configure', { votesWeight: Number(e.target.value) })}
          />
        </label>
      )}
      <div className="reveal">
        <button
          type="button"
          className={s.revealed ? '' : 'primary'}
          data-testid="reveal"
          aria-pressed={s.revealed}
          onClick={() => void run('votes.reveal', { revealed: !s.revealed })}
        >
          {s.revealed ? t('prio.conceal') : t('prio.reveal')}
        </button>
        <span className="hint" data-testid="reveal-state">
          {s.revealed ? t('prio.revealedNote') : t('prio.hiddenNote')}
        </span>
      </div>
      <div className="proj-choice" role="group" aria-label={t('prio.projectorShows')}>
        <span>{t('prio.projectorShows')}</span>
        {(['ranking', 'matrix', 'sectors'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={s.projectorView === v} onClick={() => void run('votes.projectorView', { view: v })}>
            {t(`prio.view.${v}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

function RankingTab({ r }: { r: RankingView }) {
  const t = useT();
  const showScore = r.method !== 'dots';
  const max = Math.max(1, ...r.ideas.map((s) => s.dots));
  return (
    <>
      <table className="table ranking" data-testid="ranking">
        <thead>
          <tr>
            <th scope="col">{t('prio.rank')}</th>
            <th scope="col">{t('prio.idea')}</th>
            <th scope="col" className="num">
              {t('prio.votes')}
            </th>
            {showScore && (
              <th scope="col" className="num">
                {t('prio.score')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {r.ideas.map((s) => (
            <tr key={s.id} data-testid="rank-row" className={s.hidden ? 'is-hidden' : undefined}>
              <td className="rank-cell">
                {s.rank ?? '–'}
                {s.tied && (
                  <span className="badge" data-testid="tie">
                    {t('prio.tied')}
                  </span>
                )}
              </td>
              <td lang="de">
                {s.text}
                {s.field && <span className="field-tag">{t.fieldShort(s.field)}</span>}
                {s.inPlan && <span className="badge">{t('prio.inPlan')}</span>}
                {s.hidden && <span className="badge">{t('ideas.hidden')}</span>}
                {s.rank === null && <span className="hint"> · {t('prio.unrated')}</span>}
                <SectorBar idea={s} max={max} />
              </td>
              <td className="num big" data-testid="rank-dots">
                {s.dots}
              </td>
              {showScore && <td className="num">{formatScore(s.score, t.locale)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="method" data-testid="method">
        {r.methodText[t.locale]}
      </p>
      {r.ties.length > 0 && <p className="hint">{t('prio.tiesNote')}</p>}
      <ToPlan r={r} />
    </>
  );
}

/** Dots per sector as a stacked bar with letters, so sectors survive greyscale. */
/**
 * An idea's dots as one bar per sector, letter and count written on it; dots given without a
 * sector get their own segment ("–"), so the segments always add up to the total.
 */
export function SectorBar({ idea, max }: { idea: { dots: number; dotsBySector: Record<string, number> }; max: number }) {
  const t = useT();
  const parts = SECTORS.filter((s) => (idea.dotsBySector[s.key] ?? 0) > 0);
  const without = idea.dots - parts.reduce((n, s) => n + idea.dotsBySector[s.key], 0);
  if (!parts.length && without <= 0) return null;
  return (
    <span className="sector-bar" style={{ width: `${(100 * idea.dots) / max}%` }} aria-hidden="true" data-testid="sector-bar" data-total={idea.dots}>
      {parts.map((s) => (
        <span
          key={s.key}
          data-n={idea.dotsBySector[s.key]}
          style={{ flex: idea.dotsBySector[s.key], background: s.color, color: s.ink }}
          title={`${t.sector(s.key)}: ${idea.dotsBySector[s.key]}`}
        >
          {s.letter}&nbsp;{idea.dotsBySector[s.key]}
        </span>
      ))}
      {without > 0 && (
        <span className="sb-none" data-n={without} style={{ flex: without }} title={`${t('prio.noSector')}: ${without}`}>
          –&nbsp;{without}
        </span>
      )}
    </span>
  );
}

function ToPlan({ r }: { r: RankingView }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const [n, setN] = useState(3);
  const [done, setDone] = useState<{ text: string; ids: number[] } | null>(null);
  // The message speaks of the actions just made: once they are all gone (undo, deleted), so is it.
  const actions = useResource(useActionsStore).data;
  const doneAlive = !!done && (!actions || !done.ids.length || done.ids.some((id) => actions.some((a) => a.id === id)));
  const top = r.ideas.filter((s) => s.rank !== null && s.rank <= n && !(r.method === 'dots' && s.dots === 0));
  const go = async () => {
    const out = await run('ranking.toActions', { top: n });
    if (out) {
      const parts = [t('prio.toPlanDone', { n: out.created.length })];
      if (out.skipped.length) parts.push(t('prio.toPlanSkipped', { n: out.skipped.length }));
      setDone({ text: parts.join(' '), ids: out.created.map((a) => a.id) });
    }
  };
  return (
    <div className="to-plan">
      <label>
        {t('prio.toPlanTop')}
        <input
          className="num-input"
          type="number"
          min={1}
          max={50}
          value={n}
          data-testid="top-n"
          onChange={(e) => setN(Math.max(1, Math.min(50, Number(e.target.value) || 1)))}
        />
      </label>
      <button type="button" className="primary" data-testid="to-plan" disabled={!top.length} onClick={() => void go()}>
        {t('prio.toPlan')}
      </button>
      <p className="hint" lang="de">
        {top.length ? t('prio.toPlanPreview', { list: top.map((s) => `${s.rank}. ${s.text}`).join(' · ') }) : t('prio.noneTop')}
        {top.length > n && <> {t('prio.toPlanExtended')}</>}
      </p>
      {doneAlive && (
        <p role="status" className="notice" data-testid="to-plan-done">
          {done!.text}
        </p>
      )}
    </div>
  );
}

function TallyTab({ r }: { r: RankingView }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const { data: tallies } = useResource(useTalliesStore);
  const hasSectors = (tallies ?? []).some((x) => x.sector !== null);
  const [bySector, setBySector] = useState<boolean | null>(null);
  const sectors = (bySector ?? hasSectors ?? true) ? ROOM_SECTORS : [];
  const get = (ideaId: number, sector: SectorKey | null) => tallies?.find((x) => x.ideaId === ideaId && x.sector === sector)?.count ?? 0;
  const ideas = [...r.ideas].sort((a, b) => a.position - b.position);
  return (
    <>
      <AttendanceEditor />
      <div className="tally-head">
        <label className="check">
          <input type="checkbox" checked={sectors.length > 0} onChange={(e) => setBySector(e.target.checked)} />
          {t('prio.bySector')}
        </label>
        <p className="hint">{t('prio.tallyHint')}</p>
      </div>
      <table className="table tallies" data-testid="tallies">
        <thead>
          <tr>
            <th scope="col">{t('prio.idea')}</th>
            {sectors.map((s) => (
              <th key={s.key} scope="col" className="num">
                <SectorTag sector={s.key} /> <span className="sector-name">{t.sector(s.key)}</span>
              </th>
            ))}
            <th scope="col" className="num">
              {sectors.length ? t('prio.noSector') : t('prio.votes')}
            </th>
            <th scope="col" className="num">
              {t('prio.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ideas.map((s) => (
            <tr key={s.id} data-testid="tally-row">
              <th scope="row" lang="de">
                {s.text}
              </th>
              {sectors.map((sec) => (
                <td key={sec.key} className="num">
                  <TallyCell
                    ideaId={s.id}
                    sector={sec.key}
                    value={get(s.id, sec.key)}
                    label={t('prio.tallyFor', { idea: s.text, sector: t.sector(sec.key) })}
                  />
                </td>
              ))}
              <td className="num">
                <TallyCell ideaId={s.id} sector={null} value={get(s.id, null)} label={t('prio.tallyFor', { idea: s.text, sector: t('prio.noSector') })} />
              </td>
              <td className="num big">{s.dots}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={() => void run('votes.reset', {})}>
          {t('prio.reset')}
        </button>
      </p>
    </>
  );
}

import { useEffect, useState } from 'react';
import { FIELDS, type FieldKey } from '../../../../shared/domain/fields';
import type { Results } from '../../../../shared/domain/schemas';
import { useResource } from '../../stores/resource';
import { useBoardStore, useIdeasStore, useResultsStore } from '../../stores/data';
import { projectorPage, ZoomButton } from '../../components/ProjectorControls';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { FieldBars } from '../../components/FieldBars';
import { formatDate, formatPercent } from '../../format';
import { AnswerBar } from './AnswerBar';
import { downloadTemplate, useImportUi } from './importStore';
import './results.css';

type Highlight = Results['strengths']['questions'][number];
const ORDER: (FieldKey | null)[] = [null, ...FIELDS.map((f) => f.key)];

/** Arrow keys and PageUp/PageDown belong to the text while someone types. */
function isTyping(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

export function ResultsScreen() {
  const t = useT();
  const { data } = useResource(useResultsStore);
  const { status, run } = useApp();
  const { show: showImport, done, setDone } = useImportUi();
  const projField = status?.session?.projector.field ?? null;
  const [open, setOpen] = useState<FieldKey | null>(projField);
  // Another window (or tab) moved the projector: follow it.
  useEffect(() => setOpen(projField), [projField]);

  const show = (key: FieldKey | null) => {
    setOpen(key);
    void run('session.set', { projector: { field: key } }); // the projector follows the facilitator
  };

  // Keyboard stepping through the fields (←/→, PageUp/PageDown at the last/first page) when nobody is typing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || isTyping(document.activeElement) || document.querySelector('dialog[open]')) return;
      const step = e.key === 'ArrowRight' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageUp' ? -1 : 0;
      if (!step || !data?.questions.length) return;
      // Bild↓ / Bild↑ (a presenter remote) turn the room's pages first (Shell), then the field.
      const { pages, page } = projectorPage();
      if (e.key === 'PageDown' && page < pages - 1) return;
      if (e.key === 'PageUp' && page > 0) return;
      e.preventDefault();
      const i = ORDER.indexOf(open);
      const next = ORDER[(i + step + ORDER.length) % ORDER.length];
      show(next);
      document.getElementById(`results-tab-${next ?? 'all'}`)?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!data) return <p role="status">{t('common.loading')}</p>;
  const templates = (
    <p className="hint">
      {t('results.template')}{' '}
      <button type="button" className="link-button" onClick={() => void downloadTemplate('csv')}>
        {t('results.templateCsv')}
      </button>
      {' · '}
      <button type="button" className="link-button" onClick={() => void downloadTemplate('xlsx')}>
        {t('results.templateXlsx')}
      </button>
    </p>
  );
  if (data.questions.length === 0) {
    return (
      <section className="results">
        <h2>{t('results.title')}</h2>
        <div className="results-empty">
          <p className="empty">{t('results.empty')}</p>
          <p>{t('results.emptyHint')}</p>
          <button type="button" className="primary" onClick={() => showImport()} data-testid="results-import">
            {t('results.import')}
          </button>
          {templates}
        </div>
      </section>
    );
  }

  const field = open ? FIELDS.find((f) => f.key === open)! : null;
  const fr = field ? data.fields.find((f) => f.key === field.key)! : null;

  return (
    <section className="results">
      <div className="results-head">
        <h2>{t('results.title')}</h2>
        <div className="actions">
          <button type="button" onClick={() => showImport()} data-testid="results-import">
            {t('results.reimport')}
          </button>
        </div>
      </div>
      <p className="results-meta">
        {t('results.respondents', { n: data.respondents.length })} · {t('results.questions', { n: data.questions.length })}
        {data.source && data.importedAt && <> · {t('results.source', { source: data.source, date: formatDate(data.importedAt, t.locale) })}</>}
        {' · '}
        {t('results.notRanking')}
      </p>
      {done && (
        <p className="notice results-done" role="status" data-testid="import-done">
          {done}{' '}
          <button type="button" className="link-button" onClick={() => setDone(null)}>
            {t('error.dismiss')}
          </button>
        </p>
      )}

      <div className="field-tabs" role="tablist" aria-label={t('results.field')}>
        {ORDER.map((k) => {
          const f = FIELDS.find((x) => x.key === k);
          return (
            <button key={k ?? 'all'} id={`results-tab-${k ?? 'all'}`} type="button" role="tab" aria-selected={open === k} onClick={() => show(k)}>
              {f ? `${f.number}. ${t.fieldShort(f.key)}` : t('results.overview')}
            </button>
          );
        })}
      </div>
      <p className="hint">{t('results.keysHint')}</p>

      {!field || !fr ? (
        <Overview data={data} onField={show} />
      ) : (
        <div className="results-field">
          <h3>
            {field.number}. {t.field(field.key)} — {fr.score === null ? t('results.noScore') : formatPercent(fr.score, t.locale)}{' '}
            <span className="hint">({t('results.n', { n: fr.answered })})</span>
          </h3>
          <AnswerBar c={fr} />
          <ul className="questions" data-testid="results-questions" aria-label={t('results.questionsIn')}>
            {data.questions
              .filter((q) => q.field === field.key)
              .map((q) => (
                <li key={q.id} className={q.disagreement.level === 'strong' ? 'disagree' : undefined} data-testid="results-question">
                  <div className="q-head">
                    <span className="q-text" lang="de">
                      {q.id} · {q.text}
                    </span>
                    <span className="q-score">
                      {q.score === null ? t('results.noScore') : formatPercent(q.score, t.locale)} <small>{t('results.n', { n: q.answered })}</small>
                    </span>
                  </div>
                  <div className="q-foot">
                    <AnswerBar c={q} />
                    <span className="q-actions">
                      <ZoomButton focus={{ kind: 'question', id: q.id }} label={`${q.id} · ${q.text}`} />
                      {q.disagreement.level === 'strong' && (
                        <span className="badge" title={t('results.disagreeHint')}>
                          ⚡ {t('results.disagree')}
                        </span>
                      )}
                      {(q.band === 'strength' || q.band === 'potential') && q.score !== null && (
                        <TakeOver
                          h={{ questionId: q.id, field: q.field, text: q.text, score: q.score, answered: q.answered, disagreement: q.disagreement.level }}
                          kind={q.band}
                        />
                      )}
                    </span>
                  </div>
                  {q.comments.length > 0 && (
                    <ul className="comments" aria-label={t('results.comments')}>
                      {q.comments.map((c, i) => (
                        <li key={i}>
                          „{c.text}“ <span className="who">– {c.role ?? c.respondent}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function Overview({ data, onField }: { data: Results; onField: (k: FieldKey) => void }) {
  const t = useT();
  return (
    <div className="results-overview">
      <div className="chart-box">
        <FieldBars fields={data.fields} />
      </div>
      <table className="field-table" data-testid="results-field-table">
        <thead>
          <tr>
            <th scope="col">{t('results.field')}</th>
            <th scope="col">{t('results.score')}</th>
            <th scope="col">{t('results.answered')}</th>
            <th scope="col">{t('results.dontKnow')}</th>
            <th scope="col">{t('results.skipped')}</th>
            <th scope="col">{t('results.disagreements')}</th>
          </tr>
        </thead>
        <tbody>
          {data.fields.map((f) => {
            const info = FIELDS.find((x) => x.key === f.key)!;
            return (
              <tr key={f.key} onClick={() => onField(f.key)}>
                <th scope="row">
                  {info.number}. {t.field(f.key)}
                </th>
                <td>
                  <b>{f.score === null ? t('results.noScore') : formatPercent(f.score, t.locale)}</b>
                </td>
                <td>{f.answered}</td>
                <td>{f.dontKnow}</td>
                <td>{f.skipped}</td>
                <td>{f.disagreements}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('results.scoreRule')}</p>
      <div className="two-col">
        <div data-testid="results-strengths">
          <h3>{t('results.strengths')}</h3>
          <p className="hint">{t('results.strengthsHint', { t: data.thresholds.strength })}</p>
          {data.strengths.questions.length ? (
            <ul className="highlights">
              {data.strengths.questions.map((q) => (
                <HighlightItem key={q.questionId} h={q} kind="strength" />
              ))}
            </ul>
          ) : (
            <p className="hint">{t('results.noneStrengths')}</p>
          )}
        </div>
        <div data-testid="results-potentials">
          <h3>{t('results.potentials')}</h3>
          <p className="hint">{t('results.potentialsHint', { t: data.thresholds.potential })}</p>
          {data.potentials.questions.length ? (
            <ul className="highlights">
              {data.potentials.questions.map((q) => (
                <HighlightItem key={q.questionId} h={q} kind="potential" />
              ))}
            </ul>
          ) : (
            <p className="hint">{t('results.nonePotentials')}</p>
          )}
        </div>
      </div>
    </div>
  );
}

function HighlightItem({ h, kind }: { h: Highlight; kind: 'strength' | 'potential' }) {
  const t = useT();
  const info = FIELDS.find((f) => f.key === h.field)!;
  return (
    <li className={kind === 'potential' ? 'potential-mark' : undefined}>
      <span className="hl-field">
        {info.number}. {t.fieldShort(h.field)} · {h.questionId}
        {h.disagreement === 'strong' ? ` · ⚡ ${t('results.disagree')}` : ''}
      </span>
      <span className="hl-text" lang="de">
        {h.text}
      </span>
      <span className="hl-side">
        <span className="hl-score">
          {formatPercent(h.score, t.locale)} <small>{t('results.n', { n: h.answered })}</small>
        </span>
        <TakeOver h={h} kind={kind} />
      </span>
    </li>
  );
}

/**
 * One click from a result to the later phases: a strength becomes a card ("Stärken"), a
 * potential a proposal under "Nächste Schritte" linked to its question. Undoable like any edit.
 */
function TakeOver({ h, kind }: { h: Highlight; kind: 'strength' | 'potential' }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const board = useResource(useBoardStore).data;
  const ideas = useResource(useIdeasStore).data;
  const [busy, setBusy] = useState(false);
  const source = `question:${h.questionId}`;
  const taken =
    kind === 'strength'
      ? !!board?.cards.some((c) => c.source === source)
      : !!ideas?.some((i) => i.links.some((l) => l.kind === 'question' && l.ref === h.questionId));
  const text = (h.text ?? h.questionId).slice(0, 500);
  const take = async () => {
    setBusy(true);
    if (kind === 'strength') await run('cards.add', { text, field: h.field, source });
    else await run('ideas.add', { text, field: h.field, links: [{ kind: 'question', ref: h.questionId }] });
    setBusy(false);
  };
  return (
    <button
      type="button"
      className={taken ? 'done' : undefined}
      disabled={taken || busy}
      onClick={() => void take()}
      title={kind === 'strength' ? t('results.toCardStrength') : t('results.toCardPotential')}
      data-testid="results-take"
    >
      {taken ? t('results.toCardDone') : kind === 'strength' ? t('results.toCard') : t('results.toIdea')}
    </button>
  );
}

import { useState } from 'react';
import { FIELDS, type FieldKey } from '../../../../shared/domain/fields';
import { useResource } from '../../stores/resource';
import { useResultsStore } from '../../stores/data';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { FieldBars } from '../../components/FieldBars';
import { formatPercent } from '../../format';

export function ResultsScreen() {
  const t = useT();
  const { data } = useResource(useResultsStore);
  const { status, run } = useApp();
  const projField = status?.session?.projector.field ?? null;
  const [open, setOpen] = useState<FieldKey | null>(projField);
  if (!data) return <p role="status">{t('common.loading')}</p>;
  if (data.questions.length === 0) return <section><h2>{t('results.title')}</h2><p className="empty">{t('results.empty')}</p></section>;

  const show = (key: FieldKey | null) => {
    setOpen(key);
    void run('session.set', { projector: { field: key } }); // the projector follows the facilitator
  };

  return (
    <section className="results">
      <div className="screen-head">
        <h2>{t('results.title')}</h2>
        <p className="hint">
          {t('results.respondents', { n: data.respondents.length })} · {t('results.questions', { n: data.questions.length })} · {t('results.notRanking')}
        </p>
      </div>
      <div className="chart-box"><FieldBars fields={data.fields} selected={open} /></div>
      <div className="field-tabs" role="tablist" aria-label={t('results.field')}>
        <button type="button" role="tab" aria-selected={open === null} onClick={() => show(null)}>{t('results.allFields')}</button>
        {FIELDS.map((f) => (
          <button key={f.key} type="button" role="tab" aria-selected={open === f.key} onClick={() => show(f.key)}>
            {f.number}. {t.fieldShort(f.key)}
          </button>
        ))}
      </div>
      {open ? (
        <ul className="questions">
          {data.questions.filter((q) => q.field === open).map((q) => (
            <li key={q.id} className={q.disagreement.level === 'strong' ? 'disagree' : undefined}>
              <div className="q-head">
                <span className="q-text">{q.text}</span>
                <span className="q-score">{formatPercent(q.score, t.locale)}</span>
              </div>
              <div className="q-meta">
                {t('results.answers', { ja: q.ja, teilweise: q.teilweise, nein: q.nein, wn: q.weissNicht, skipped: q.skipped })}
                {q.disagreement.level === 'strong' && <span className="badge" title={t('results.disagreeHint')}>⚡ {t('results.disagree')}</span>}
              </div>
              {q.comments.length > 0 && (
                <ul className="comments" aria-label={t('results.comments')}>
                  {q.comments.map((c, i) => <li key={i}>„{c.text}“ <span className="who">– {c.role ?? c.respondent}</span></li>)}
                </ul>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <div className="two-col">
          <div>
            <h3>{t('results.strengths')}</h3>
            {data.strengths.questions.length ? (
              <ul className="highlights">{data.strengths.questions.map((q) => <li key={q.questionId}><span>{q.text}</span> <b>{formatPercent(q.score, t.locale)}</b></li>)}</ul>
            ) : <p className="hint">{t('results.noneStrengths')}</p>}
          </div>
          <div>
            <h3>{t('results.potentials')}</h3>
            {data.potentials.questions.length ? (
              <ul className="highlights">{data.potentials.questions.map((q) => <li key={q.questionId}><span>{q.text}</span> <b>{formatPercent(q.score, t.locale)}</b></li>)}</ul>
            ) : <p className="hint">{t('results.nonePotentials')}</p>}
          </div>
        </div>
      )}
    </section>
  );
}

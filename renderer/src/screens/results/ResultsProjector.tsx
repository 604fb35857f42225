import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { FIELDS } from '../../../../shared/domain/fields';
import { useResultsStore } from '../../stores/data';
import type { Results } from '../../../../shared/domain/schemas';
import { FieldBars } from '../../components/FieldBars';
import { formatPercent } from '../../format';
import './results.css';
import { Hy } from '../../components/hyphenate';
import { ANSWER_PARTS } from './AnswerBar';
import { PagedColumns } from '../../components/PagedColumns';

/**
 * Projector part of this phase: large type, nothing hidden, no names and no comments (they may
 * name people). The overview chart, or the field the facilitator steps to (←/→ on the laptop).
 */
export function ProjResults({ field }: { field: string | null }) {
  const t = useT();
  const { data } = useResource(useResultsStore);
  if (!data) return null;
  if (data.questions.length === 0) return <p className="proj-center">{t('results.empty')}</p>;
  const f = FIELDS.find((x) => x.key === field);
  if (!f) {
    return (
      <div className="proj-results-overview" data-testid="proj-results-overview">
        <div className="proj-chart">
          <FieldBars fields={data.fields} large />
        </div>
        <p className="proj-foot">
          {t('results.respondents', { n: data.respondents.length })} · {t('results.notRanking')}
        </p>
      </div>
    );
  }
  const fr = data.fields.find((x) => x.key === f.key)!;
  return <FieldSlide key={f.key} field={f} fr={fr} qs={data.questions.filter((q) => q.field === f.key)} />;
}

/**
 * One field's questions, each with its whole text (never cut with "…"): measured and packed into
 * one column (up to 7 questions) or two; what does not fit goes to the next page, which the
 * facilitator turns (Bild↓ / the buttons under the preview).
 */
function FieldSlide({ field: f, fr, qs }: { field: (typeof FIELDS)[number]; fr: Results['fields'][number]; qs: Results['questions'] }) {
  const t = useT();
  const items = qs.map((q) => {
    const total = q.ja + q.teilweise + q.nein + q.weissNicht + q.skipped;
    return {
      key: q.id,
      node: (
        <div className="pq-row">
          <span className="pq-text" lang="de">
            <Hy>{q.text}</Hy>
          </span>
          <span className="pq-bar" aria-hidden="true">
            {total > 0 && ANSWER_PARTS.map((p) => (q[p.key] > 0 ? <span key={p.key} className={p.cls} style={{ flexGrow: q[p.key] }} /> : null))}
          </span>
          <span className="pq-score">
            {q.disagreement.level === 'strong' && (
              <span className="pq-flag" title={t('results.disagree')}>
                ⚡{' '}
              </span>
            )}
            {q.score === null ? '–' : formatPercent(q.score, t.locale)}
          </span>
        </div>
      ),
    };
  });
  const legend = (
    <p className="proj-legend">
      {ANSWER_PARTS.map((p) => (
        <span key={p.key}>
          <i className={p.cls} />
          {t(p.label)}
        </span>
      ))}
      {qs.some((q) => q.disagreement.level === 'strong') && <span>⚡ {t('results.disagree')}</span>}
    </p>
  );
  return (
    <div className="proj-results-field" data-testid="proj-results-field" data-field={f.key}>
      <h2>
        <span>
          {f.number}. {t.field(f.key)}
        </span>
        <span className="proj-score">
          {fr.score === null ? t('results.noScore') : formatPercent(fr.score, t.locale)} <span className="proj-n">{t('results.n', { n: fr.answered })}</span>
        </span>
      </h2>
      <div className="proj-results-list">
        <PagedColumns items={items} cols={qs.length > 7 ? 2 : 1} listClass="proj-qlist" foot={legend} testId="proj-qpages" />
      </div>
    </div>
  );
}

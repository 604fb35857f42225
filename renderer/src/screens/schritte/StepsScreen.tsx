import { useResource } from '../../stores/resource';
import { useIdeasStore, useResultsStore } from '../../stores/data';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { QuickInput } from '../../components/QuickInput';
import { formatPercent } from '../../format';

export function StepsScreen() {
  const t = useT();
  const { data: ideas } = useResource(useIdeasStore);
  const { data: results } = useResource(useResultsStore);
  const run = useApp((s) => s.run);
  return (
    <section className="steps two-col wide-left">
      <div>
        <div className="screen-head"><h2>{t('steps.title')}</h2></div>
        <QuickInput label={t('steps.placeholder')} placeholder={t('steps.placeholder')} testId="step-input"
          onSubmit={async (text) => (await run('ideas.add', { text })) !== null} />
        {!ideas ? <p role="status">{t('common.loading')}</p> : ideas.length === 0 ? <p className="empty">{t('steps.empty')}</p> : (
          <ol className="idea-list">
            {ideas.map((i) => (
              <li key={i.id} data-testid="idea"><span lang="de">{i.text}</span>{i.field && <span className="field-tag">{t.fieldShort(i.field)}</span>}</li>
            ))}
          </ol>
        )}
      </div>
      <aside>
        <h3>{t('steps.prompts')}</h3>
        {results?.potentials.questions.length ? (
          <ul className="highlights">
            {results.potentials.questions.map((q) => <li key={q.questionId}><span>{q.text}</span> <b>{formatPercent(q.score, t.locale)}</b></li>)}
          </ul>
        ) : <p className="hint">{t('steps.promptsEmpty')}</p>}
      </aside>
    </section>
  );
}

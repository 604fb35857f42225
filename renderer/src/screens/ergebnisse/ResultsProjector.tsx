import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { FIELDS } from '../../../../shared/domain/fields';
import { useResultsStore } from '../../stores/data';
import { FieldBars } from '../../components/FieldBars';
import { formatPercent } from '../../format';

/** Projector part of this phase: large type, nothing hidden, no names. */
export function ProjResults({ field }: { field: string | null }) {
  const t = useT();
  const { data } = useResource(useResultsStore);
  if (!data) return null;
  if (data.questions.length === 0) return <p className="proj-center">{t('results.empty')}</p>;
  const f = FIELDS.find((x) => x.key === field);
  if (!f) return <div className="proj-chart"><FieldBars fields={data.fields} large /></div>;
  const fr = data.fields.find((x) => x.key === f.key)!;
  return (
    <div className="proj-field">
      <h2>{f.number}. {t.field(f.key)} <span className="proj-score">{formatPercent(fr.score, t.locale)}</span></h2>
      <ul className="proj-questions">
        {data.questions.filter((q) => q.field === f.key).map((q) => (
          <li key={q.id}>
            <span className="pq-text" lang="de">{q.text}{q.disagreement.level === 'strong' && ' ⚡'}</span>
            <span className="pq-score">{formatPercent(q.score, t.locale)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

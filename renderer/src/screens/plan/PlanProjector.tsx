import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useActionsStore } from '../../stores/data';
import { formatDate } from '../../format';

/** Projector part of this phase: large type, nothing hidden, no names. */
export function ProjPlan() {
  const t = useT();
  const { data } = useResource(useActionsStore);
  if (!data) return null;
  if (!data.length) return <p className="proj-center">{t('plan.empty')}</p>;
  return (
    <ul className="proj-plan">
      {data.map((a) => (
        <li key={a.id}>
          <span lang="de">{a.title}</span>
          <span className="pp-meta">{t.fieldShort(a.field)}{a.due ? ` · ${formatDate(a.due, t.locale)}` : ''}</span>
        </li>
      ))}
    </ul>
  );
}

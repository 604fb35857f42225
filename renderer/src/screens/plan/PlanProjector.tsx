import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useActionsStore } from '../../stores/data';
import { formatDate } from '../../format';
import { sortActions } from './planModel';
import { Hy } from '../../components/hyphenate';

/** What fits on a 1280x800 projector at reading size; the rest is named, never cut off silently. */
const MAX_ITEMS = 10;

/**
 * Projector part of this phase: large type, titles, field and due date only. Never names of
 * people: "responsible" and "partners" may hold personal names, so they stay on the laptop.
 */
export function ProjPlan() {
  const t = useT();
  const { data } = useResource(useActionsStore);
  if (!data) return null;
  if (!data.length) return <p className="proj-center">{t('plan.empty')}</p>;
  const list = sortActions(data, { key: 'priority', dir: 1 });
  const shown = list.slice(0, MAX_ITEMS);
  return (
    <>
      <ul className="proj-plan" data-testid="proj-plan">
        {shown.map((a) => (
          <li key={a.id}>
            <span lang="de"><Hy>{a.title}</Hy></span>
            <span className="pp-meta">
              {[t.fieldShort(a.field), a.due ? formatDate(a.due, t.locale) : '', t(`status.${a.status}`)].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {list.length > shown.length && <p className="proj-note">{t('plan.projector.more', { n: list.length - shown.length })}</p>}
    </>
  );
}

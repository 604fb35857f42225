import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useIdeasStore } from '../../stores/data';

/** Projector part of this phase: large type, nothing hidden, no names. */
export function ProjPriority() {
  const t = useT();
  const { data } = useResource(useIdeasStore);
  if (!data) return null;
  const visible = data.filter((i) => !i.hidden);
  return (
    <>
      <ol className="proj-list">{visible.map((i) => <li key={i.id} lang="de">{i.text}</li>)}</ol>
      <p className="proj-note">{t('projector.votesHidden')}</p>
    </>
  );
}

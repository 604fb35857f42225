import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useIdeasStore } from '../../stores/data';
import { Hy } from '../../components/hyphenate';

/** Projector part of this phase: large type, nothing hidden, no names. */
export function ProjSteps() {
  const t = useT();
  const { data } = useResource(useIdeasStore);
  if (!data) return null;
  const visible = data.filter((i) => !i.hidden);
  if (!visible.length) return <p className="proj-center">{t('projector.steps')}</p>;
  return <ol className="proj-list">{visible.map((i) => <li key={i.id} lang="de"><Hy>{i.text}</Hy></li>)}</ol>;
}

import { useT } from '../../i18n';
import { useResource } from '../../stores/resource';
import { useBoardStore } from '../../stores/data';
import { SectorTag } from '../../components/SectorTag';

/** Projector part of this phase: large type, nothing hidden, no names. */
export function ProjStrengths() {
  const t = useT();
  const { data } = useResource(useBoardStore);
  if (!data) return null;
  const visible = data.cards.filter((c) => !c.hidden);
  if (!visible.length) return <p className="proj-center">{t('cards.title')}</p>;
  const groups = [
    ...data.clusters.map((c) => ({ key: String(c.id), label: c.label, cards: visible.filter((k) => k.clusterId === c.id) })),
    { key: 'none', label: t('cards.unclustered'), cards: visible.filter((k) => k.clusterId === null) },
  ].filter((g) => g.cards.length);
  return (
    <div className="proj-board">
      {groups.map((g) => (
        <section key={g.key} className="proj-cluster">
          <h2>{g.label} <span className="proj-count">{g.cards.length}</span></h2>
          <ul>{g.cards.map((c) => <li key={c.id} lang="de"><SectorTag sector={c.sector} /> {c.text}</li>)}</ul>
        </section>
      ))}
    </div>
  );
}

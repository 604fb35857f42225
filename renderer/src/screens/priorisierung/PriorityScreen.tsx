import { useResource } from '../../stores/resource';
import { useIdeasStore } from '../../stores/data';
import { useT } from '../../i18n';

export function PriorityScreen() {
  const t = useT();
  const { data } = useResource(useIdeasStore);
  if (!data) return <p role="status">{t('common.loading')}</p>;
  const sorted = [...data].sort((a, b) => b.dots - a.dots || a.position - b.position);
  return (
    <section className="priority">
      <div className="screen-head"><h2>{t('prio.title')}</h2></div>
      {sorted.length === 0 ? <p className="empty">{t('prio.empty')}</p> : (
        <table className="table">
          <thead><tr><th scope="col">{t('prio.rank')}</th><th scope="col">{t('prio.step')}</th><th scope="col" className="num">{t('prio.votes')}</th></tr></thead>
          <tbody>
            {sorted.map((i) => {
              // Equal dots share a rank: ties are shown, never broken silently.
              const rank = 1 + sorted.filter((o) => o.dots > i.dots).length;
              return <tr key={i.id}><td>{rank}</td><td lang="de">{i.text}</td><td className="num">{i.dots}</td></tr>;
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

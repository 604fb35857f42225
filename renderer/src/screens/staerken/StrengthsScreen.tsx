import { useResource } from '../../stores/resource';
import { useBoardStore } from '../../stores/data';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { QuickInput } from '../../components/QuickInput';
import { SectorTag } from '../../components/SectorTag';
import type { Card } from '../../../../shared/domain/schemas';

export function StrengthsScreen() {
  const t = useT();
  const { data } = useResource(useBoardStore);
  const run = useApp((s) => s.run);
  const groups = data ? [
    ...data.clusters.map((c) => ({ key: String(c.id), label: c.label, cards: data.cards.filter((k) => k.clusterId === c.id) })),
    { key: 'none', label: t('cards.unclustered'), cards: data.cards.filter((k) => k.clusterId === null) },
  ].filter((g) => g.cards.length > 0) : [];

  return (
    <section className="strengths">
      <div className="screen-head"><h2>{t('cards.title')}</h2></div>
      <QuickInput
        label={t('cards.placeholder')}
        placeholder={t('cards.placeholder')}
        testId="card-input"
        onSubmit={async (text) => (await run('cards.add', { text })) !== null}
      />
      {!data ? <p role="status">{t('common.loading')}</p> : data.cards.length === 0 ? <p className="empty">{t('cards.empty')}</p> : (
        <div className="board">
          {groups.map((g) => (
            <section key={g.key} className="cluster" aria-label={g.label}>
              <h3>{g.label} <span className="count">{t('cards.count', { n: g.cards.length })}</span></h3>
              <ul>{g.cards.map((c) => <CardItem key={c.id} card={c} />)}</ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

function CardItem({ card }: { card: Card }) {
  const t = useT();
  const run = useApp((s) => s.run);
  return (
    <li className={`card${card.hidden ? ' is-hidden' : ''}`} data-testid="card">
      <SectorTag sector={card.sector} />
      <span className="card-text" lang="de">{card.text}</span>
      {card.hidden && <span className="badge">{t('cards.hidden')}</span>}
      <span className="card-actions">
        <button type="button" onClick={() => void run('cards.update', { id: card.id, hidden: !card.hidden })}>{card.hidden ? t('cards.show') : t('cards.hide')}</button>
        <button type="button" onClick={() => void run('cards.delete', { id: card.id })}>{t('cards.delete')}</button>
      </span>
    </li>
  );
}

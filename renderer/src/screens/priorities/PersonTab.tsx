import { useState } from 'react';
import type { RankingView } from '../../../../shared/api/ranking';
import { SECTORS, type SectorKey } from '../../../../shared/domain/fields';
import { useResource } from '../../stores/resource';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { SectorTag } from '../../components/SectorTag';
import { useParticipantsStore } from './stores';

/** Dots per person: the service enforces the dot limit and the "several dots per idea" rule. */
export function PersonTab({ r }: { r: RankingView }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const { data: people } = useResource(useParticipantsStore);
  const [sel, setSel] = useState<number | null>(null);
  const [label, setLabel] = useState('');
  const [sector, setSector] = useState<SectorKey | ''>('');
  const person = people?.find((p) => p.id === sel) ?? null;
  const max = r.settings.dotsPerPerson;
  const add = async () => {
    const l = label.trim();
    if (!l) return;
    const p = await run('votes.addParticipant', { label: l, sector: sector || null });
    if (p) {
      setLabel((cur) => (cur.trim() === l ? '' : cur)); // a name typed meanwhile stays
      setSel(p.id);
    }
  };
  const ideas = [...r.ideas].sort((a, b) => a.position - b.position);
  return (
    <div className="person-tab">
      <div>
        <h3>{t('prio.participants')}</h3>
        <div className="row">
          <input
            aria-label={t('prio.participantLabel')}
            placeholder={t('prio.participantLabel')}
            value={label}
            maxLength={60}
            onChange={(e) => setLabel(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && void add()}
            data-testid="participant-input"
          />
          <select aria-label={t('cards.sector')} value={sector} onChange={(e) => setSector(e.target.value as SectorKey | '')}>
            <option value="">{t('prio.noSector')}</option>
            {SECTORS.map((s) => (
              <option key={s.key} value={s.key}>
                {s.letter} · {t.sector(s.key)}
              </option>
            ))}
          </select>
        </div>
        {!people?.length ? (
          <p className="hint">{t('prio.participantsEmpty')}</p>
        ) : (
          <ul className="people" role="listbox" aria-label={t('prio.participants')}>
            {people.map((p) => (
              <li key={p.id}>
                <button type="button" role="option" aria-selected={p.id === sel} onClick={() => setSel(p.id)}>
                  <SectorTag sector={p.sector} /> <span>{p.label}</span>{' '}
                  <span className="count">
                    {p.used}/{max}
                  </span>
                </button>
                <button type="button" className="small" onClick={() => void run('votes.deleteParticipant', { id: p.id })}>
                  {t('prio.participantRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        {!person ? (
          <p className="hint">{t('prio.choosePerson')}</p>
        ) : (
          <>
            <h3>
              {person.label} · <span data-testid="dots-left">{t('prio.left', { n: max - person.used, max })}</span>
            </h3>
            <ul className="person-votes">
              {ideas.map((s) => {
                const n = person.votes[String(s.id)] ?? 0;
                return (
                  <li key={s.id}>
                    <span lang="de">{s.text}</span>
                    <span className="tally">
                      <button
                        type="button"
                        className="tally-btn"
                        aria-label={`${s.text}: ${t('prio.minus')}`}
                        disabled={n === 0}
                        onClick={() => void run('votes.cast', { participantId: person.id, ideaId: s.id, delta: -1 })}
                      >
                        −
                      </button>
                      <b className="tally-value">{n}</b>
                      <button
                        type="button"
                        className="tally-btn"
                        aria-label={`${s.text}: ${t('prio.plus')}`}
                        onClick={() => void run('votes.cast', { participantId: person.id, ideaId: s.id, delta: 1 })}
                      >
                        +
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

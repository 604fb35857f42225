import type { RankingView } from '../../../../shared/api/ranking';
import type { SectorKey } from '../../../../shared/domain/fields';
import { useT } from '../../i18n';
import { SectorTag } from '../../components/SectorTag';
import { formatPercent } from '../../format';

export function agreementWord(rho: number | null): 'prio.agreeHigh' | 'prio.agreeMid' | 'prio.agreeLow' | null {
  if (rho === null) return null;
  return rho >= 0.7 ? 'prio.agreeHigh' : rho >= 0.4 ? 'prio.agreeMid' : 'prio.agreeLow';
}

/** Do administration, politics, civil society and business rank alike? Where do they differ? */
export function SectorsTab({ r }: { r: RankingView }) {
  const t = useT();
  const p = r.perspectives;
  if (!p.sectors.length) return <p className="empty">{t('prio.sectorsEmpty')}</p>;
  const view = new Map(p.ideas.map((s) => [s.id, s]));
  return (
    <div>
      <p className="hint">{t('prio.sectorsHint', { pp: Math.round(p.divergenceThreshold * 100) })}</p>
      <ul className="sector-summary">
        {p.sectors.map((s) => {
          const w = agreementWord(s.agreement);
          return (
            <li key={s.sector}>
              <SectorTag sector={s.sector as SectorKey} /> <b>{t.sector(s.sector as SectorKey)}</b> · {s.total} {t('prio.votes')}
              {w && (
                <>
                  {' '}
                  · {t('prio.agreement')}: {t(w)} (ρ = {s.agreement!.toLocaleString(t.locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2 })})
                </>
              )}
            </li>
          );
        })}
      </ul>
      <table className="table compact" data-testid="sectors">
        <thead>
          <tr>
            <th scope="col">{t('prio.rank')}</th>
            <th scope="col">{t('prio.idea')}</th>
            {p.sectors.map((s) => (
              <th key={s.sector} scope="col" className="num">
                <SectorTag sector={s.sector as SectorKey} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {r.ideas.map((s) => {
            const v = view.get(s.id);
            return (
              <tr key={s.id} className={v?.divergent ? 'divergent' : undefined}>
                <td>{s.rank ?? '–'}</td>
                <td lang="de">
                  {s.text}
                  {v?.divergent && <span className="badge warn">{t('prio.differs')}</span>}
                </td>
                {p.sectors.map((sec) => (
                  <td key={sec.sector} className="num">
                    {v?.ranks[sec.sector] ?? '–'}. <span className="count">({formatPercent(Math.round((v?.shares[sec.sector] ?? 0) * 100), t.locale)})</span>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { useT } from '../../i18n';

type Counts = { ja: number; teilweise: number; nein: number; weissNicht: number; skipped: number };
export const ANSWER_PARTS = [
  { key: 'ja', label: 'results.ja', cls: 'ab-ja' },
  { key: 'teilweise', label: 'results.teilweise', cls: 'ab-teilweise' },
  { key: 'nein', label: 'results.nein', cls: 'ab-nein' },
  { key: 'weissNicht', label: 'results.dontKnow', cls: 'ab-wn' },
  { key: 'skipped', label: 'results.skipped', cls: 'ab-skip' },
] as const;

/**
 * Distribution of one question's answers as a stacked bar, always with the counts written next
 * to it (no hover needed). Colour-blind safe, neutral: blues for ja/teilweise, sand for nein,
 * hatched grey for "weiß nicht", white for no answer — never red.
 */
export function AnswerBar({ c, large = false, legend = true }: { c: Counts; large?: boolean; legend?: boolean }) {
  const t = useT();
  const total = c.ja + c.teilweise + c.nein + c.weissNicht + c.skipped;
  const text = ANSWER_PARTS.map((p) => `${t(p.label)} ${c[p.key]}`).join(' · ');
  return (
    <div className={`answer-bar${large ? ' is-large' : ''}`}>
      <div className="ab-track" role="img" aria-label={`${t('results.distribution')}: ${text}`}>
        {total > 0 && ANSWER_PARTS.map((p) => (c[p.key] > 0 ? <span key={p.key} className={`ab-seg ${p.cls}`} style={{ flexGrow: c[p.key] }} /> : null))}
      </div>
      {legend && (
        <p className="ab-legend">
          {ANSWER_PARTS.map((p, i) => (
            <span key={p.key} className="ab-item">
              {i > 0 && ' · '}
              <i className={`ab-swatch ${p.cls}`} aria-hidden="true" />
              {t(p.label)} <b>{c[p.key]}</b>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

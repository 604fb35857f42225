import { useEffect, useState } from 'react';
import { SECTORS, type SectorKey } from '../../../../shared/domain/fields';
import { useT } from '../../i18n';
import { useApp } from '../../stores/app';
import { useResource } from '../../stores/resource';
import { createResource } from '../../stores/resource';
import { SectorTag } from '../../components/SectorTag';

export const useAttendanceStore = createResource('attendance.get');

/**
 * How many people from each sector took part (the same five sectors as everywhere). Enter or
 * leaving a field saves (one undo entry); the dot vote checks its tallies against it, and the
 * exports print it on their cover page.
 */
export function AttendanceEditor() {
  const t = useT();
  const run = useApp((s) => s.run);
  const { data } = useResource(useAttendanceStore);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (data) setDraft(Object.fromEntries(data.map((a) => [a.sector, String(a.count)])));
  }, [data]);
  if (!data) return null;
  const total = data.reduce((n, a) => n + a.count, 0);
  const save = async (sector: SectorKey) => {
    const raw = (draft[sector] ?? '').trim();
    const count = raw === '' ? 0 : Number(raw);
    if (!Number.isInteger(count) || count < 0) {
      setProblem(t('attendance.bad', { text: raw }));
      return;
    }
    setProblem(null);
    if (count !== data.find((a) => a.sector === sector)?.count) await run('attendance.set', { rows: [{ sector, count }] });
  };
  return (
    <fieldset className="attendance" data-testid="attendance">
      <legend>{t('attendance.title')}</legend>
      <div className="attendance-row">
        {SECTORS.map((s) => (
          <label key={s.key} className="attendance-cell">
            <SectorTag sector={s.key} /> <span>{t.sector(s.key)}</span>
            <input
              className="num-input"
              inputMode="numeric"
              value={draft[s.key] ?? ''}
              data-testid={`attendance-${s.key}`}
              aria-label={t('attendance.label', { sector: t.sector(s.key) })}
              onChange={(e) => setDraft((d) => ({ ...d, [s.key]: e.target.value }))}
              onBlur={() => void save(s.key)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void save(s.key);
              }}
            />
          </label>
        ))}
        <span className="attendance-total" data-testid="attendance-total">
          {t('attendance.total', { n: total })}
        </span>
      </div>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <p className="hint">{t('attendance.hint')}</p>
    </fieldset>
  );
}

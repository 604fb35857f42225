import { useState, type FormEvent } from 'react';
import { useApp } from '../../stores/app';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate, todayIso } from '../../format';
import { DateField, firstBadDate } from '../../components/DateField';
import { MAX_LEN } from '../../../../shared/domain/limits';

/** "…/Workshops/2026-11-18 Beispielstadt.werkstatt" → last folder and file name. */
function fileLabel(file: string): string {
  const parts = file.split(/[\\/]/).filter(Boolean);
  return parts.slice(-2).join('/');
}

export function StartScreen() {
  const t = useT();
  const { status, run } = useApp();
  const { locale, setLocale } = useLocale();
  // The suggested name follows the municipality ("Selbstcheck-Workshop Teststadt") until it is edited.
  const [ownName, setOwnName] = useState<string | null>(null);
  const [municipality, setMunicipality] = useState('');
  // Cut to the name's limit: a very long municipality must not make the suggestion itself invalid.
  const name = ownName ?? `${t('start.defaultName')}${municipality.trim() ? ` ${municipality.trim()}` : ''}`.slice(0, MAX_LEN.name).trimEnd();
  const [date, setDate] = useState(todayIso());
  const [openPath, setOpenPath] = useState('');
  // A workshop of the same town on the same day exists already: offer a free file name.
  const [clash, setClash] = useState<{ fileName: string; freeFileName: string; freeFile: string; taken: string } | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (firstBadDate(e.currentTarget as HTMLFormElement)) return;
    const where = await run('workshop.fileFor', { municipality: municipality.trim(), date });
    if (!where) return;
    if (where.taken) {
      setClash({ ...where, taken: where.fileName });
      return;
    }
    await run('workshop.create', { name: name.trim(), municipality: municipality.trim(), date });
  };
  const createAs = async () => {
    if (!clash) return;
    const out = await run('workshop.create', { name: name.trim(), municipality: municipality.trim(), date, file: clash.freeFile });
    if (out) setClash(null);
  };
  const open = async (e: FormEvent) => {
    e.preventDefault();
    if (openPath.trim()) await run('workshop.open', { file: openPath.trim() });
  };

  return (
    <div className="start">
      <header className="start-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <button type="button" className="link-button" onClick={() => setLocale(locale === 'de' ? 'en' : 'de')} aria-label={t('lang.label')}>
          {t('lang.switch')}
        </button>
      </header>
      <ErrorBanner />
      <main className="start-grid">
        <section className="panel" aria-labelledby="new-h">
          <h2 id="new-h">{t('start.new')}</h2>
          <form onSubmit={create} className="form">
            <label>
              {t('start.municipality')}
              <input
                name="municipality"
                maxLength={MAX_LEN.name}
                value={municipality}
                onChange={(e) => {
                  setMunicipality(e.target.value);
                  setClash(null);
                }}
                required
                autoFocus
              />
            </label>
            <label>
              {t('start.name')}
              <input name="name" maxLength={MAX_LEN.name} value={name} onChange={(e) => setOwnName(e.target.value)} required />
            </label>
            <label>
              {t('start.date')}
              <DateField
                id="start-date"
                locale={locale}
                value={date}
                onChange={(v) => {
                  setDate(v);
                  setClash(null);
                }}
                required
              />
            </label>
            <button type="submit" className="primary">
              {t('start.create')}
            </button>
            {clash && (
              <div className="notice start-clash" role="alert" data-testid="start-clash">
                <p>{t('start.clash', { file: clash.taken, free: clash.freeFileName })}</p>
                <button type="button" className="primary" data-testid="start-create-free" onClick={() => void createAs()}>
                  {t('start.createFree', { free: clash.freeFileName })}
                </button>{' '}
                <button type="button" onClick={() => void run('workshop.open', { file: clash.freeFile.replace(clash.freeFileName, clash.taken) })}>
                  {t('start.openExisting')}
                </button>
              </div>
            )}
            <p className="hint">
              {t('start.savedIn')} <code>{status?.workshopsDir}</code>
            </p>
          </form>
        </section>

        <section className="panel" aria-labelledby="open-h">
          <h2 id="open-h">{t('start.open')}</h2>
          {api.transport === 'electron' ? (
            <button type="button" className="primary" onClick={() => void api.shell('shell.pickOpen')}>
              {t('start.openButton')} …
            </button>
          ) : (
            <form onSubmit={open} className="form inline">
              <label className="grow">
                {t('start.openPath')}
                <input name="path" value={openPath} onChange={(e) => setOpenPath(e.target.value)} placeholder="/…/workshop.werkstatt" />
              </label>
              <button type="submit">{t('start.openButton')}</button>
            </form>
          )}
          <h3>{t('start.recent')}</h3>
          {status?.recent.length ? (
            <ul className="recent">
              {status.recent.map((r) => (
                <li key={r.file}>
                  <button type="button" disabled={!r.exists} onClick={() => void run('workshop.open', { file: r.file })} title={r.file}>
                    <strong>{r.name}</strong>
                    <span>
                      {r.municipality} · {formatDate(r.date, locale)}
                      {r.exists ? '' : ` · ${t('start.missing')}`}
                    </span>
                    {/* Two workshops may share a name: the file tells them apart. */}
                    <span className="recent-file">{fileLabel(r.file)}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t('start.recentEmpty')}</p>
          )}
          <h3>Demo</h3>
          <p className="hint">{t('start.demoHint')}</p>
          <button type="button" onClick={() => void run('workshop.openDemo', {})}>
            {t('start.demo')}
          </button>
          <h3>{t('programme.open')}</h3>
          <p className="hint">{t('programme.openHint')}</p>
          <button type="button" onClick={() => (window.location.hash = '#/programm')} data-testid="start-programme">
            {t('programme.open')}
          </button>
        </section>
      </main>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { saveBytes } from '../plan/download';
import type { Output } from '../../../../shared/api';
import './programme.css';

type Preview = Output<'exchange.preview'>;

/**
 * "Austauschpaket …": before anything is written the coordinator sees every item that would go
 * out and can untick it; names of persons (the "responsible" column) and notes stay out unless
 * ticked here. The download holds exactly what the list shows.
 */
export function ExchangeButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="exchange-button">
        {t('exchange.button')}
      </button>
      {open && <ExchangeDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function ExchangeDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const ref = useRef<HTMLDialogElement>(null);
  const [pseudonym, setPseudonym] = useState('');
  const [includeResponsible, setIncludeResponsible] = useState(false);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [exclude, setExclude] = useState<string[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const options = { ...(pseudonym.trim() ? { pseudonym: pseudonym.trim() } : {}), includeResponsible, includeNotes, exclude };

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  useEffect(() => {
    let live = true;
    void run('exchange.preview', options).then((p) => live && p && setPreview(p));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the options' parts are listed
  }, [pseudonym, includeResponsible, includeNotes, exclude]);

  const toggle = (id: string) => setExclude((x) => (x.includes(id) ? x.filter((y) => y !== id) : [...x, id]));
  const download = async () => {
    const out = await run('exchange.render', options);
    if (out) {
      saveBytes(out);
      onClose();
    }
  };
  const kinds = ['field', 'theme', 'card', 'idea', 'action'] as const;

  return (
    <dialog ref={ref} className="dialog exchange-dialog" onClose={onClose} aria-labelledby="exchange-h" data-testid="exchange-dialog">
      <h2 id="exchange-h">{t('exchange.title')}</h2>
      <p className="hint">{t('exchange.intro')}</p>
      <div className="form">
        <label>
          {t('exchange.pseudonym')}
          <input value={pseudonym} onChange={(e) => setPseudonym(e.target.value)} placeholder={t('exchange.pseudonymHint')} />
        </label>
        <label className="check">
          <input type="checkbox" checked={includeResponsible} onChange={(e) => setIncludeResponsible(e.target.checked)} /> {t('exchange.includeResponsible')}
        </label>
        <label className="check">
          <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} /> {t('exchange.includeNotes')}
        </label>
      </div>
      {preview && (
        <>
          <p role="status" data-testid="exchange-withheld">
            {t('exchange.withheld', { n: preview.withheld.responsible })} {t('exchange.withheldNotes', { n: preview.withheld.notes })}
          </p>
          <div className="exchange-items">
            {kinds.map((k) => {
              const items = preview.items.filter((i) => i.kind === k);
              if (!items.length) return null;
              return (
                <fieldset key={k}>
                  <legend>{t(`exchange.kind.${k}`)}</legend>
                  {items.map((i) => (
                    <label key={i.id} className={`check${k === 'card' ? ' indent' : ''}`}>
                      <input type="checkbox" checked={!exclude.includes(i.id)} onChange={() => toggle(i.id)} data-item={i.id} /> {i.label}
                    </label>
                  ))}
                </fieldset>
              );
            })}
          </div>
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('shell.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void download()} data-testid="exchange-download">
          {t('exchange.download')}
        </button>
      </div>
    </dialog>
  );
}

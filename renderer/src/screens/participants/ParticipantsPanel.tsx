import { useEffect, useRef, useState } from 'react';
import type { AddressCandidate, ParticipantTable } from '../../../../shared/api/participants';
import { api } from '../../api/client';
import { useApp } from '../../stores/app';
import { useResource } from '../../stores/resource';
import { useT } from '../../i18n';
import { QrCode } from './QrCode';
import { useParticipantsStore } from './store';
import './participants.css';

/**
 * How often the toolbar asks how many phones are connected while the mode is on: a phone that
 * opens or loses its connection is no change event, so the count would otherwise wait for the next card.
 */
const CONNECTED_POLL_MS = 5000;

/**
 * Toolbar button: "Teilnahme", with the number of devices connected now while the mode is on (not
 * every device that ever joined: phones that left the room do not count). Its tooltip gives both.
 */
export function ParticipantsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { data } = useResource(useParticipantsStore);
  const running = !!data?.running;
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => void useParticipantsStore.getState().load(), CONNECTED_POLL_MS);
    return () => clearInterval(timer);
  }, [running]);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-pressed={running}
        title={data?.running ? t('phones.joined', { n: data.devices, c: data.connected }) : undefined}
        data-testid="phones-button"
      >
        {data?.running ? t('phones.buttonCount', { n: data.connected }) : t('phones.button')}
      </button>
      {open && <ParticipantsPanel onClose={() => setOpen(false)} />}
    </>
  );
}

export function ParticipantsPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const ref = useRef<HTMLDialogElement>(null);
  const { data: st } = useResource(useParticipantsStore);
  const [candidates, setCandidates] = useState<AddressCandidate[] | null>(null);
  const [choice, setChoice] = useState<string>('');
  const [other, setOther] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');

  useEffect(() => {
    ref.current?.showModal();
    void api.call('participants.addresses', {}).then((c) => {
      setCandidates(c);
      setChoice((cur) => cur || c[0]?.address || 'other');
    });
  }, []);

  const start = async () => {
    const address = choice === 'other' ? other.trim() : choice;
    if (!address) return;
    setBusy(true);
    setNote('');
    await run('participants.start', { address });
    setBusy(false);
  };
  const stop = async () => {
    setBusy(true);
    await run('participants.stop', {});
    setBusy(false);
    setNote(t('phones.stopped'));
  };

  return (
    <dialog ref={ref} className="dialog phones-dialog" onClose={onClose} aria-labelledby="phones-h">
      <h2 id="phones-h">{t('phones.title')}</h2>
      <p>{t('phones.intro')}</p>
      {!st?.running ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <fieldset>
            <legend>{t('phones.address')}</legend>
            {candidates?.length === 0 && <p className="notice">{t('phones.noAddress')}</p>}
            {candidates?.map((c) => (
              <label key={c.address} className="phones-choice">
                <input type="radio" name="addr" value={c.address} checked={choice === c.address} onChange={() => setChoice(c.address)} />
                <strong>{c.address}</strong> <span>{c.iface}</span>
                {c.virtual && <em> – {t('phones.virtual')}</em>}
              </label>
            ))}
            <label className="phones-choice">
              <input type="radio" name="addr" value="other" checked={choice === 'other'} onChange={() => setChoice('other')} />
              {t('phones.other')}
            </label>
            {choice === 'other' && (
              <label className="phones-other">
                {t('phones.otherLabel')}
                <input value={other} onChange={(e) => setOther(e.target.value)} inputMode="decimal" placeholder="192.168.1.20" autoFocus />
              </label>
            )}
          </fieldset>
          <div className="dialog-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('phones.start')}
            </button>
            <button type="button" onClick={() => ref.current?.close()}>
              {t('shell.cancel')}
            </button>
          </div>
          {note && <p role="status">{note}</p>}
        </form>
      ) : (
        <div className="phones-running">
          <div className="phones-join">
            {st.qr && st.joinUrl && <QrCode size={st.qr.size} modules={st.qr.modules} label={t('phones.qr', { url: st.joinUrl })} className="phones-qr" />}
            <div>
              <p className="phones-url" data-testid="join-url">
                {st.joinUrl}
              </p>
              <p role="status" data-testid="phones-count">
                {t('phones.joined', { n: st.devices, c: st.connected })}
              </p>
              {st.waiting > 0 && <p className="notice">{t('phones.waiting', { n: st.waiting })}</p>}
              {st.check && (
                <p className={st.check.ok ? 'phones-ok' : 'phones-fail'} role={st.check.ok ? 'status' : 'alert'}>
                  {st.check.ok ? t('phones.checkOk') : t('phones.checkFail', { detail: st.check.detail ?? '' })}
                </p>
              )}
            </div>
          </div>
          <p className="hint">{t('phones.followsPhase')}</p>
          {st.tables.length > 0 && (
            <section className="phones-tables" aria-labelledby="phones-tables-h">
              <h3 id="phones-tables-h">{t('phones.tables')}</h3>
              <p className="hint">{t('phones.tablesHint')}</p>
              <ul>
                {st.tables.map((tb) => (
                  <TableCode key={tb.id} table={tb} />
                ))}
              </ul>
            </section>
          )}
          <label className="phones-toggle">
            <input type="checkbox" checked={st.showOnProjector} onChange={(e) => void run('participants.configure', { showOnProjector: e.target.checked })} />{' '}
            {t('phones.onProjector')}
          </label>
          <label className="phones-toggle">
            <input type="checkbox" checked={st.review} onChange={(e) => void run('participants.configure', { review: e.target.checked })} />{' '}
            {t('phones.review')}
          </label>
          <label className="phones-toggle">
            <input type="checkbox" checked={st.paused} onChange={(e) => void run('participants.configure', { paused: e.target.checked })} />{' '}
            {t('phones.paused')}
          </label>
          <div className="dialog-actions">
            <button type="button" onClick={() => void run('participants.check', {})}>
              {t('phones.check')}
            </button>
            <button type="button" onClick={() => void run('participants.renewCode', {})}>
              {t('phones.renew')}
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => void stop()}>
              {t('phones.stop')}
            </button>
            <button type="button" className="primary" onClick={() => ref.current?.close()}>
              OK
            </button>
          </div>
        </div>
      )}
      <details className="phones-help" open={!!st?.check && !st.check.ok}>
        <summary>{t('phones.help')}</summary>
        <ul>
          <li>{t('phones.helpFirewall', { port: st?.port ?? 8765 })}</li>
          <li>{t('phones.helpGuest')}</li>
          <li>{t('phones.helpData')}</li>
          <li>{t('phones.helpType')}</li>
        </ul>
      </details>
    </dialog>
  );
}

/** One table's own code (issue #13): its typed link, a QR code on request, and "new code". */
function TableCode({ table }: { table: ParticipantTable }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const [showQr, setShowQr] = useState(false);
  return (
    <li className="phones-table" data-testid={`table-code-${table.id}`}>
      <div className="phones-table-head">
        <strong>{table.name}</strong>
        <span className="phones-url" data-testid="table-url">
          {table.joinUrl}
        </span>
        <span>{t('phones.tableDevices', { n: table.devices })}</span>
      </div>
      <div className="phones-table-actions">
        <button type="button" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
          {t('phones.tableQr', { name: table.name })}
        </button>
        <button type="button" onClick={() => void run('participants.renewTableCode', { tableId: table.id })}>
          {t('phones.tableRenew', { name: table.name })}
        </button>
      </div>
      {showQr && (
        <QrCode size={table.qr.size} modules={table.qr.modules} label={t('phones.qr', { url: table.joinUrl })} className="phones-qr" testId="table-qr" />
      )}
    </li>
  );
}

/** Over everything on the projector while the facilitator wants it: QR code, typed address, count. */
export function ProjectorJoin() {
  const t = useT();
  const { data: st } = useResource(useParticipantsStore);
  if (!st?.running || !st.showOnProjector || !st.qr || !st.joinUrl) return null;
  return (
    <div className="proj-join" data-testid="projector-join">
      <QrCode size={st.qr.size} modules={st.qr.modules} label={t('phones.qr', { url: st.joinUrl })} className="proj-join-qr" />
      <div className="proj-join-text">
        <p className="proj-join-title">{t('phones.projJoin')}</p>
        <p className="proj-join-url">{st.joinUrl}</p>
        <p className="proj-join-count">{t('phones.projCount', { n: st.devices })}</p>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useApp } from '../../stores/app';
import { clock, formatCountdown, timerView } from '../../../../shared/agenda/timer';
import { useMsg, useRunOfShow } from './agendaStore';
import { AgendaDialog } from './AgendaDialog';
import { TablesButton } from './TablesDialog';

/**
 * The facilitator's timer line under the header: the running item with its countdown, pause,
 * +5 min and next, and what an overrun does to the end of the afternoon.
 */
export function RunOfShowBar() {
  const m = useMsg();
  const run = useApp((s) => s.run);
  const rs = useRunOfShow();
  const [open, setOpen] = useState(false);
  const cur = rs?.current ?? null;
  const tv = cur && rs ? timerView(cur, rs.now) : null;
  const end =
    rs?.plannedEnd != null && rs.expectedEnd != null
      ? rs.deltaMinutes === 0
        ? m('agenda.endOnTime', { time: clock(rs.plannedEnd) })
        : m(rs.deltaMinutes > 0 ? 'agenda.endLater' : 'agenda.endEarlier', { expected: clock(rs.expectedEnd), planned: clock(rs.plannedEnd) })
      : null;
  return (
    <div className="runbar" role="region" aria-label={m('agenda.title')} data-testid="runbar">
      <button type="button" onClick={() => setOpen(true)} data-testid="agenda-open">
        ☰ {m('agenda.open')}
      </button>
      <TablesButton testId="runbar-tables" />
      {cur && tv ? (
        <>
          <span className="runbar-item" data-testid="runbar-item">
            {cur.title}
          </span>
          <span className={`runbar-time${tv.overrun ? ' is-over' : ''}`} data-testid="runbar-time" role="timer" aria-live="off">
            {tv.overrun ? m('agenda.over', { time: formatCountdown(-tv.remainingMs) }) : m('agenda.remaining', { time: formatCountdown(tv.remainingMs) })}
            {tv.paused && <> · {m('agenda.paused')}</>}
          </span>
          <button type="button" onClick={() => void run('agenda.pause', { paused: !tv.paused })} data-testid="runbar-pause">
            {tv.paused ? m('agenda.resume') : m('agenda.pause')}
          </button>
          <button type="button" onClick={() => void run('agenda.extend', { minutes: 5 })} data-testid="runbar-plus5">
            {m('agenda.plus5')}
          </button>
          <button
            type="button"
            onClick={() => void run('agenda.next', {})}
            data-testid="runbar-next"
            title={rs?.next ? m('agenda.nextIs', { title: rs.next.title }) : undefined}
          >
            {m('agenda.next')} ›
          </button>
        </>
      ) : rs && rs.items.length ? (
        <>
          <span className="runbar-item">{m('agenda.notRunning')}</span>
          {rs.next && (
            <button type="button" onClick={() => void run('agenda.start', { id: rs.next!.id })} data-testid="runbar-start">
              ▶ {m('agenda.startItem', { title: rs.next.title })}
            </button>
          )}
        </>
      ) : null}
      {end && (
        <span className={`runbar-end${rs && rs.deltaMinutes > 0 ? ' is-late' : ''}`} data-testid="runbar-end">
          {end}
        </span>
      )}
      {open && <AgendaDialog onClose={() => setOpen(false)} />}
    </div>
  );
}

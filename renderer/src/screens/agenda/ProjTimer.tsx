import { clock, formatCountdown, timerView } from '../../../../shared/agenda/timer';
import { useMsg, useRunOfShow } from './agendaStore';

/**
 * The room's clock for the running item: large and calm (no flashing); when time is up the
 * colour changes and it says so in words, so it does not depend on colour alone.
 */
export function ProjTimer() {
  const m = useMsg();
  const rs = useRunOfShow();
  const cur = rs?.current;
  if (!rs || !cur || cur.kind === 'pause') return null;
  const tv = timerView(cur, rs.now);
  return (
    <div className={`proj-timer${tv.overrun ? ' is-over' : ''}`} data-testid="proj-timer" role="timer">
      <span className="proj-timer-time">{tv.overrun ? m('agenda.timeUp') : formatCountdown(tv.remainingMs)}</span>
      {tv.paused && <span className="proj-timer-note">{m('agenda.paused')}</span>}
    </div>
  );
}

/** A break: the whole projector shows when the room continues and with what. */
export function useBreakScreen(): { until: string; next: string | null; title: string } | null {
  const rs = useRunOfShow();
  const cur = rs?.current;
  if (!rs || !cur || cur.kind !== 'pause') return null;
  const tv = timerView(cur, rs.now);
  return { title: cur.title, until: clock(rs.now + Math.max(0, tv.remainingMs)), next: rs.next?.title ?? null };
}

/** A break's title is usually one word ("Pause"); a long one (up to 200 characters) steps down so it stays on the screen. */
function breakTitleSize(title: string): string | undefined {
  return title.length > 80 ? 'is-longer' : title.length > 30 ? 'is-long' : undefined;
}

export function ProjBreak({ info }: { info: { until: string; next: string | null; title: string } }) {
  const m = useMsg();
  return (
    <div className="proj-break" data-testid="proj-break">
      <h1 className={breakTitleSize(info.title)}>{info.title}</h1>
      <p className="proj-break-until">{m('agenda.breakUntil', { time: info.until })}</p>
      {info.next && <p className="proj-break-next">{m('agenda.breakNext', { title: info.next })}</p>}
    </div>
  );
}

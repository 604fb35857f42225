import { useApp } from '../../stores/app';
import { useT } from '../../i18n';
import { ProjResults } from '../results/ResultsProjector';
import { ProjStrengths } from '../strengths/StrengthsProjector';
import { ProjIdeas } from '../ideas/IdeasProjector';
import { ProjPriority } from '../priorities/PriorityProjector';
import { ProjBreak, ProjTimer, useBreakScreen } from '../agenda/ProjTimer';
import { ProjectorJoin } from '../participants/ParticipantsPanel';
import { ProjPlan, PlanOverview } from '../plan/PlanProjector';
import { PreviewContext } from '../../components/pageClock';
import { useReportProjectorSize } from '../../components/ScaledPreview';
import { ProjFocus, StrengthsOverview } from './FocusViews';

/**
 * What the room sees: the current phase in large type, nothing else — no cursor, no toolbars,
 * no errors, no file paths, nothing the facilitator has hidden, no names of people.
 * Sizes are in container units (cqh), so the facilitator's small preview is the same view.
 */
export function ProjectorView({ preview = false }: { preview?: boolean }) {
  const status = useApp((s) => s.status);
  useReportProjectorSize(!preview);
  const t = useT();
  const session = status?.session;
  const ws = status?.workshop;
  const cls = `projector${preview ? ' is-preview' : ''}`;
  const pause = useBreakScreen();
  if (!ws || !session)
    return (
      <div className={cls} data-testid="projector">
        <div className="proj-center">{t('projector.noWorkshop')}</div>
      </div>
    );
  const { focus, overview } = session.projector;
  if (session.projector.blank) return <div className={`${cls} is-blank`} data-testid="projector" data-phase="blank" />;
  if (pause)
    return (
      <div className={cls} data-testid="projector" data-phase="pause" lang={t.locale}>
        <ProjBreak info={pause} />
      </div>
    );
  return (
    <div className={cls} data-testid="projector" data-phase={session.phase} lang={t.locale}>
      <header className="proj-head">
        <h1>{t(`phase.${session.phase}`)}</h1>
        <ProjTimer />
        <span className="proj-where">{ws.meta.municipality}</span>
      </header>
      <PreviewContext.Provider value={preview}>
        <div className="proj-body">
          {focus && <ProjFocus focus={focus} />}
          {!focus && session.phase === 'ergebnisse' && <ProjResults field={overview ? null : session.projector.field} />}
          {!focus && session.phase === 'staerken' && (overview ? <StrengthsOverview /> : <ProjStrengths />)}
          {!focus && session.phase === 'schritte' && <ProjIdeas />}
          {!focus && session.phase === 'priorisierung' && <ProjPriority />}
          {!focus && session.phase === 'plan' && (overview ? <PlanOverview /> : <ProjPlan />)}
        </div>
      </PreviewContext.Provider>
      <ProjectorJoin />
    </div>
  );
}

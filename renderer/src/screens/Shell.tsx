import type React from 'react';
import { useDeferredValue, useEffect, useState } from 'react';
import { PHASES, type Phase } from '../../../shared/domain/fields';
import { useApp } from '../stores/app';
import { api } from '../api/client';
import { browserToken } from '../api/client';
import { useLocale, useT } from '../i18n';
import { ErrorBanner } from '../components/ErrorBanner';
import { formatDate } from '../format';
import { formatMessage } from '../../../shared/messages';
import { ProjectorView } from './projector/ProjectorView';
import { ScaledPreview, useProjectorSize } from '../components/ScaledPreview';
import { ShortcutHelp } from '../components/ShortcutHelp';
import { ProjectorControls, turnProjectorPage } from '../components/ProjectorControls';
import { SaveAsDialog } from '../components/SaveAsDialog';
import { ResultsScreen } from './results/ResultsScreen';
import { ImportHost } from './results/ImportDialog';
import { StrengthsScreen } from './strengths/StrengthsScreen';
import { IdeasScreen } from './ideas/IdeasScreen';
import { PriorityScreen } from './priorities/PriorityScreen';
import { PlanScreen } from './plan/PlanScreen';
import { ExportMenu } from './plan/ExportMenu';
import { RunOfShowBar } from './agenda/RunOfShowBar';
import { ParticipantsButton } from './participants/ParticipantsPanel';

const SCREENS: Record<Phase, () => React.JSX.Element> = {
  ergebnisse: ResultsScreen,
  staerken: StrengthsScreen,
  schritte: IdeasScreen,
  priorisierung: PriorityScreen,
  plan: PlanScreen,
};

function isTyping(el: Element | null): boolean {
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || (el as HTMLElement).isContentEditable);
}

/** A field with text in it keeps Ctrl+Z for its own text; an empty one passes it to the app. */
function ownsUndo(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return (el as HTMLInputElement).value !== '';
  return false;
}

export function openProjector(): void {
  if (api.transport === 'electron') void api.shell('shell.openProjector');
  else window.open(`/?token=${encodeURIComponent(browserToken())}#/projektor`, 'werkstatt-projektor');
}

export function Shell() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const { status, run } = useApp();
  const ws = status!.workshop!;
  const session = status!.session!;
  const history = status!.history;
  // The phase bar and the preview follow at once; a heavy screen (the board) renders right after,
  // so a phase switch in another window never waits for it.
  const Screen = SCREENS[useDeferredValue(session.phase)];

  const setPhase = (phase: Phase) => void run('session.set', { phase });
  const [help, setHelp] = useState(false);
  const room = useProjectorSize();
  const [saveAs, setSaveAs] = useState(false);
  // what the last undo or redo did, for a few seconds: the board's own line is cleared by it, and a
  // facilitator who pressed Ctrl+Z wants to know what came back
  const [undone, setUndone] = useState<string | null>(null);
  useEffect(() => {
    if (!undone) return;
    const timer = setTimeout(() => setUndone(null), 6000);
    return () => clearTimeout(timer);
  }, [undone]);
  const step = (kind: 'undo' | 'redo') => {
    const label = history[kind];
    void run(kind === 'undo' ? 'history.undo' : 'history.redo', {}).then((out) => {
      if (out && label) setUndone(t(kind === 'undo' ? 'shell.undone' : 'shell.redone', { what: formatMessage(locale, label) }));
    });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      // Ctrl+Z undoes the last edit, unless a text field with text in it wants it for itself.
      if (mod && e.key.toLowerCase() === 'z' && !ownsUndo(document.activeElement)) {
        e.preventDefault();
        step(e.shiftKey ? 'redo' : 'undo');
      } else if (mod && e.key.toLowerCase() === 'y' && !ownsUndo(document.activeElement)) {
        e.preventDefault();
        step('redo');
      } else if (e.key === '?' && !isTyping(document.activeElement)) {
        e.preventDefault();
        setHelp(true);
      } else if ((e.key === 'PageDown' || e.key === 'PageUp') && !isTyping(document.activeElement) && !document.querySelector('dialog[open]')) {
        // the keys a presenter remote sends: the room's page, not the laptop's scroll position
        e.preventDefault();
        turnProjectorPage(e.key === 'PageDown' ? 1 : -1);
      } else if (e.altKey && /^[1-5]$/.test(e.key)) {
        e.preventDefault();
        setPhase(PHASES[Number(e.key) - 1]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="shell">
      <header className="shell-header">
        <div className="title">
          <h1>{ws.meta.name}</h1>
          <p>
            {ws.meta.municipality} · {formatDate(ws.meta.date, locale)} ·{' '}
            {/* in the place of "saved" for a few seconds, so the header keeps its width and nothing jumps */}
            <span className={undone ? 'saved undone' : 'saved'} title={ws.file} role="status" data-testid="shell-undone">
              {undone ?? t('shell.saved')}
            </span>
          </p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            onClick={() => step('undo')}
            disabled={!history.undo}
            title={history.undo ? t('shell.undoWhat', { what: formatMessage(locale, history.undo) }) : t('shell.undo')}
            aria-keyshortcuts="Control+Z"
          >
            ↶ {t('shell.undo')}
          </button>
          <button
            type="button"
            onClick={() => step('redo')}
            disabled={!history.redo}
            title={history.redo ? t('shell.redoWhat', { what: formatMessage(locale, history.redo) }) : t('shell.redo')}
            aria-keyshortcuts="Control+Shift+Z"
          >
            ↷ {t('shell.redo')}
          </button>
          <ExportMenu compact />
          <ParticipantsButton />
          <button type="button" onClick={openProjector}>
            {t('shell.projector')}
          </button>
          <button
            type="button"
            onClick={() => void run('session.set', { projector: { blank: !session.projector.blank } })}
            aria-pressed={session.projector.blank}
          >
            {session.projector.blank ? t('shell.unblank') : t('shell.blank')}
          </button>
          <button type="button" onClick={() => (api.transport === 'electron' ? void api.shell('shell.pickSaveAs', { name: ws.fileName }) : setSaveAs(true))}>
            {t('shell.saveAs')}
          </button>
          <button type="button" onClick={() => setHelp(true)} aria-label={t('shell.shortcutsHint')} title={t('shell.shortcutsHint')}>
            ?
          </button>
          <button type="button" className="link-button" onClick={() => setLocale(locale === 'de' ? 'en' : 'de')} aria-label={t('lang.label')}>
            {t('lang.switch')}
          </button>
          <button type="button" onClick={() => void run('workshop.close', {})}>
            {t('shell.close')}
          </button>
        </div>
      </header>
      <nav className="phase-bar" aria-label={t('phase.bar')}>
        <ol>
          {PHASES.map((p, i) => (
            <li key={p}>
              <button type="button" aria-current={p === session.phase ? 'step' : undefined} onClick={() => setPhase(p)} aria-keyshortcuts={`Alt+${i + 1}`}>
                <span className="num">{i + 1}</span> {t(`phase.${p}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <RunOfShowBar />
      <ErrorBanner />
      <ImportHost />
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
      {saveAs && <SaveAsDialog open={saveAs} onClose={() => setSaveAs(false)} current={ws.file} />}
      {ws.migratedFrom !== null && ws.backupFile && <p className="notice">{t('shell.migrated', { file: ws.backupFile })}</p>}
      {ws.readOnly && (
        <p className="notice readonly" role="status" data-testid="readonly-banner">
          {formatMessage(locale, ws.readOnly === 'file' ? 'db.readOnlyFile' : ws.readOnly === 'locked' ? 'db.readOnlyLocked' : 'db.readOnlyRequested', {
            name: ws.fileName,
          })}
        </p>
      )}
      <div className="shell-body">
        <main className="screen" id="main">
          <Screen />
        </main>
        <aside className="preview" aria-label={t('shell.projectorPreview')}>
          <h2>{t('shell.projectorPreview')}</h2>
          <ScaledPreview width={room.width} height={room.height}>
            <ProjectorView preview />
          </ScaledPreview>
          <ProjectorControls />
        </aside>
      </div>
    </div>
  );
}

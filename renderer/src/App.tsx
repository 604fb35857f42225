import { useEffect, useState } from 'react';
import { useApp } from './stores/app';
import { StartScreen } from './screens/start/StartScreen';
import { Shell } from './screens/Shell';
import { ProjectorView } from './screens/projector/ProjectorView';
import { ProgrammeScreen } from './screens/programme/ProgrammeScreen';
import { useT } from './i18n';

function useHashRoute(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const on = () => setHash(window.location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return hash.replace(/^#/, '') || '/';
}

export function App() {
  const route = useHashRoute();
  const status = useApp((s) => s.status);
  const t = useT();
  useEffect(() => {
    document.title = status?.workshop ? `${status.workshop.meta.name} – ${t('app.title')}` : t('app.title');
  }, [status?.workshop, t]);

  if (route.startsWith('/projektor')) return <ProjectorView />;
  // The programme view is read-only on a folder of packages: it needs no open workshop.
  if (route.startsWith('/programm')) return <ProgrammeScreen onBack={() => (window.location.hash = '')} />;
  if (!status)
    return (
      <div className="loading" role="status">
        {t('common.loading')}
      </div>
    );
  return status.workshop ? <Shell /> : <StartScreen />;
}

import { TOPICS, type ChangeEvent, type Input, type Method, type Output } from '../../../shared/api';
import { errorText, type ApiError, type Result } from '../../../shared/domain/errors';
import { currentLocale } from '../i18n/locale';

/**
 * One client, two transports: the Electron bridge from the preload, or HTTP + server-sent
 * events in a plain browser (browser mode). Screens never know which one they talk to.
 */
interface Transport {
  kind: 'electron' | 'browser';
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (ev: ChangeEvent) => void): () => void;
}

interface Bridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  subscribe(listener: (ev: unknown) => void): () => void;
}

declare global {
  interface Window {
    werkstatt?: Bridge;
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    // In the language the user reads now; screens that keep the error re-render it from key + params.
    super(errorText(error, currentLocale()));
  }
  get code() {
    return this.error.code;
  }
}

function electronTransport(bridge: Bridge): Transport {
  return {
    kind: 'electron',
    invoke: (method, input) => bridge.invoke(method, input) as Promise<Result<unknown>>,
    subscribe: (listener) => bridge.subscribe((ev) => listener(ev as ChangeEvent)),
  };
}

/**
 * The per-run token comes in the URL the server printed. It is kept in sessionStorage for
 * reloads of this tab and taken out of the address bar and the history entry at once, so it is
 * not left on screen (a projector!), in the history, in a bookmark or in a Referer.
 */
export function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('werkstatt-token', fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem('werkstatt-token') ?? '';
}

function httpTransport(): Transport {
  const token = browserToken();
  const listeners = new Set<(ev: ChangeEvent) => void>();
  let source: EventSource | null = null;
  const connect = () => {
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    // Changes made before the stream was open (a slow first connect, or a reconnect after the
    // laptop slept) sent no event to this window: on every open, reload what is on screen.
    source.onopen = () => {
      const ev: ChangeEvent = { rev: -1, topics: TOPICS.filter((t) => t !== 'workshop') };
      for (const l of listeners) l(ev);
    };
    source.onmessage = (m) => {
      const ev = JSON.parse(m.data) as ChangeEvent;
      for (const l of listeners) l(ev);
    };
  };
  return {
    kind: 'browser',
    async invoke(method, input) {
      let res: Response;
      try {
        res = await fetch('/api/call', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-werkstatt-token': token },
          body: JSON.stringify({ method, input }),
        });
      } catch {
        return { ok: false, error: { code: 'IO', key: 'errors.noConnection', message: 'Keine Verbindung zur Werkstatt. Läuft das Programm noch?' } };
      }
      return (await res.json()) as Result<unknown>;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => listeners.delete(listener);
    },
  };
}

const transport: Transport = window.werkstatt ? electronTransport(window.werkstatt) : httpTransport();

export const api = {
  transport: transport.kind,
  async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const r = await transport.invoke(method, input);
    if (!r.ok) throw new ApiCallError(r.error);
    return r.value as Output<M>;
  },
  /** Desktop-only calls (native dialogs, projector window); null in the browser. */
  async shell(method: 'shell.openProjector' | 'shell.pickOpen' | 'shell.pickSaveAs' | 'shell.pickPath', input: unknown = {}): Promise<unknown> {
    if (transport.kind !== 'electron') return null;
    const r = await transport.invoke(method, input);
    if (!r.ok) throw new ApiCallError(r.error);
    return r.value;
  },
  subscribe: (listener: (ev: ChangeEvent) => void) => transport.subscribe(listener),
};

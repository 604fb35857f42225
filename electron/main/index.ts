// Electron main process: windows, menu, dialogs, and binding the core service to one IPC
// channel. The only folder that imports 'electron'.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } from 'electron';
import { WorkshopService } from '../core/service';
import type { ShellHandlers } from '../core/handlers/types';
import { CSP } from '../core/csp';
import { APP_ORIGIN, facilitatorWindowOptions, isTrustedSender, projectorWindowOptions } from './window-options';
import { allowedExternalUrl } from './external-links';
import { appRequestFile } from './app-protocol';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadDir = path.join(here, '../preload');
const rendererDir = path.join(here, '../renderer');
// The dev server only in development: a packaged app never trusts an origin from the environment.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const service = new WorkshopService({ mode: 'electron' });
let facilitator: BrowserWindow | null = null;
let projector: BrowserWindow | null = null;

function pageUrl(route = ''): string {
  const base = devUrl ?? `${APP_ORIGIN}/index.html`;
  return route ? `${base}#${route}` : base;
}

function harden(win: BrowserWindow): void {
  const wc = win.webContents;
  // Our pages never navigate away; links to the allow-listed addresses (external-links.ts) open
  // in the system browser, anything else goes nowhere.
  const openOutside = (url: string) => {
    const href = allowedExternalUrl(url);
    if (href) shell.openExternal(href).catch(() => {});
  };
  wc.on('will-navigate', (e, url) => {
    if (isTrustedSender(url, devUrl)) return;
    e.preventDefault();
    openOutside(url);
  });
  wc.on('will-redirect', (e, url) => {
    if (!isTrustedSender(url, devUrl)) e.preventDefault();
  });
  wc.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  wc.on('will-attach-webview', (e) => e.preventDefault());
}

function createFacilitator(): BrowserWindow {
  const win = new BrowserWindow(facilitatorWindowOptions(preloadDir));
  harden(win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(pageUrl());
  win.on('closed', () => {
    facilitator = null;
    projector?.close();
  });
  return win;
}

function openProjector(): void {
  if (projector) return projector.focus();
  // Prefer a second display (the beamer); fall back to a normal window on this one.
  const primary = screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((d) => d.id !== primary.id);
  projector = new BrowserWindow(projectorWindowOptions(preloadDir, other?.bounds));
  harden(projector);
  projector.once('ready-to-show', () => projector?.show());
  void projector.loadURL(pageUrl('/projektor'));
  projector.on('closed', () => (projector = null));
}

async function pickFile(kind: 'open' | 'save', defaultName?: string): Promise<string | null> {
  const filters = [{ name: 'Workshop', extensions: ['werkstatt'] }];
  if (kind === 'open') {
    const r = await dialog.showOpenDialog(facilitator!, { properties: ['openFile'], filters, defaultPath: service.paths.workshopsDir });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }
  const r = await dialog.showSaveDialog(facilitator!, { filters, defaultPath: path.join(service.paths.workshopsDir, defaultName ?? 'Workshop.werkstatt') });
  return r.canceled ? null : (r.filePath ?? null);
}

/** A folder of exchange packages, or one package file (programme view, suggestions in the next-steps phase). */
async function pickPackagePath(kind: 'folder' | 'package'): Promise<string | null> {
  const r =
    kind === 'folder'
      ? await dialog.showOpenDialog(facilitator!, { properties: ['openDirectory'] })
      : await dialog.showOpenDialog(facilitator!, { properties: ['openFile'], filters: [{ name: 'Austauschpaket', extensions: ['json'] }] });
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

function broadcast(ev: unknown): void {
  for (const w of BrowserWindow.getAllWindows()) w.webContents.send('werkstatt:event', ev);
}

// Methods only the desktop shell can do (native dialogs, second window). Their schemas are in the
// contract (shared/api/shell.ts): the service validates the input and dispatches them like any other.
const shellHandlers: ShellHandlers = {
  'shell.openProjector': () => {
    openProjector();
    return { ok: true };
  },
  'shell.pickOpen': async () => {
    const file = await pickFile('open');
    return file ? service.run('workshop.open', { file }) : null;
  },
  'shell.pickSaveAs': async (i) => {
    const file = await pickFile('save', i.name);
    return file ? service.run('workshop.saveAs', { file }) : null;
  },
  'shell.pickPath': (i) => pickPackagePath(i.kind),
};

// One instance: opening a second .werkstatt file (file association) goes to the running app.
if (!app.requestSingleInstanceLock()) app.quit();
function openFromOs(file: string): void {
  const r = service.call('workshop.open', { file });
  void r.then((res) => {
    if (!res.ok) dialog.showErrorBox('Workshop kann nicht geöffnet werden', res.error.message);
  });
  facilitator?.show();
  facilitator?.focus();
}
app.on('second-instance', (_e, argv) => {
  const file = argv.find((a) => a.endsWith('.werkstatt'));
  if (file) openFromOs(file);
  else facilitator?.focus();
});
app.on('open-file', (e, file) => {
  e.preventDefault();
  if (app.isReady()) openFromOs(file);
  else process.argv.push(file);
});

app.whenReady().then(() => {
  // Total: a malformed address gets 400/404, and nothing in here may throw (see app-protocol.ts).
  const plain = (status: number) =>
    new Response(status === 400 ? 'Bad request' : 'Not found', {
      status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    });
  protocol.handle('app', async (req) => {
    try {
      const target = appRequestFile(req.url, rendererDir);
      if ('status' in target) return plain(target.status);
      const res = await net.fetch(pathToFileURL(target.file).toString());
      const headers = new Headers(res.headers);
      headers.set('Content-Security-Policy', CSP);
      headers.set('X-Content-Type-Options', 'nosniff');
      headers.set('Referrer-Policy', 'no-referrer');
      return new Response(res.body, { status: res.status, headers });
    } catch {
      return plain(404);
    }
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  ipcMain.handle('werkstatt:call', async (e, method: unknown, input: unknown) => {
    if (!isTrustedSender(e.senderFrame?.url, devUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Aufruf aus einer fremden Seite abgelehnt.' } };
    }
    return service.call(method, input);
  });
  service.attachShell(shellHandlers);
  service.events.on('change', broadcast);

  // The file given on the command line (or by the OS file association), else the demo.
  const arg = process.argv.slice(app.isPackaged ? 1 : 2).find((a) => a.endsWith('.werkstatt'));
  try {
    if (arg) service.openFile(arg);
    else if (process.env.WERKSTATT_NO_DEMO !== '1') service.openOrCreateDemo();
  } catch (e) {
    dialog.showErrorBox('Workshop kann nicht geöffnet werden', (e as Error).message);
  }
  Menu.setApplicationMenu(null);
  facilitator = createFacilitator();
});

app.on('window-all-closed', () => {
  service.close();
  app.quit();
});

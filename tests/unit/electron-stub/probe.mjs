// Starts the bundled main process against the stand-in 'electron' and reports what it did.
// Run: node --import ./register.mjs probe.mjs out/main/index.js
import path from 'node:path';
import { pathToFileURL } from 'node:url';

await import(pathToFileURL(path.resolve(process.argv[2])).href);
const c = globalThis.__electronStub;
for (let i = 0; i < 50 && !c.windows.length; i++) await new Promise((r) => setTimeout(r, 20));
const win = c.windows[0];
const serve = (url) => c.protocols.app({ url });
const index = await serve('app://werkstatt/index.html');
const outside = await serve('app://werkstatt/%2e%2e/%2e%2e/package.json');
const call = (url, method, input) => c.ipc['werkstatt:call']({ senderFrame: { url } }, method, input);
const ok = await call('app://werkstatt/index.html', 'app.status', {});
const foreign = await call('https://evil.example/', 'app.status', {});
const invalid = await call('app://werkstatt/index.html', 'cards.add', { text: '' });
// shell.* through the same dispatcher: validated, the stub's dialogs answer "cancelled".
const shellCalls = {
  pickOpen: await call('app://werkstatt/index.html', 'shell.pickOpen', {}),
  invalid: await call('app://werkstatt/index.html', 'shell.pickSaveAs', { name: 5 }),
  extra: await call('app://werkstatt/index.html', 'shell.pickOpen', { file: '/etc/passwd' }),
  unknown: await call('app://werkstatt/index.html', 'shell.nope', {}),
  foreign: await call('https://evil.example/', 'shell.pickOpen', {}),
};
let navPrevented = false;
win.webContents.emit(
  'will-navigate',
  {
    preventDefault: () => {
      navPrevented = true;
    },
  },
  'https://example.org/',
);
let ownNavPrevented = false;
win.webContents.emit(
  'will-navigate',
  {
    preventDefault: () => {
      ownNavPrevented = true;
    },
  },
  'app://werkstatt/index.html#/projektor',
);
let webviewPrevented = false;
win.webContents.emit('will-attach-webview', {
  preventDefault: () => {
    webviewPrevented = true;
  },
});
// Malformed app:// addresses: answered, never thrown.
const appStatus = {};
for (const u of [
  'app://werkstatt/%ff',
  'app://werkstatt/%00.js',
  'not a url',
  'app://werkstatt/..%2f..%2fpackage.json',
  'app://evil/index.html',
  'app://werkstatt/',
]) {
  try {
    appStatus[u] = (await serve(u)).status;
  } catch (e) {
    appStatus[u] = `threw ${e.message}`;
  }
}
// Which senders the IPC handler trusts (with ELECTRON_RENDERER_URL set: the dev origin only).
const senders = {};
for (const u of [
  'app://werkstatt/index.html',
  'http://localhost:5173/',
  'http://localhost:5173/#/projektor',
  'http://localhost:51730/',
  'http://localhost:5173.evil.example/',
  'http://localhost:5173@evil.example/',
  'app://werkstatt.evil/',
  'garbage',
]) {
  senders[u] = (await call(u, 'app.status', {})).ok;
}
// Links: only the allow-list reaches the system browser, from a popup or a navigation.
const opened = [];
for (const u of [
  'https://www.weltoffene-kommune.de/selbstcheck',
  'https://evil.example/',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'https://www.weltoffene-kommune.de@evil.example/',
  'http://www.weltoffene-kommune.de/',
]) {
  opened.push([u, win.webContents.windowOpenHandler({ url: u }).action]);
}
let allowedNavPrevented = false;
win.webContents.emit(
  'will-navigate',
  {
    preventDefault: () => {
      allowedNavPrevented = true;
    },
  },
  'https://www.weltoffene-kommune.de/hilfe',
);
win.webContents.emit('will-navigate', { preventDefault: () => {} }, 'smb://evil.example/share');
await new Promise((r) => setTimeout(r, 10));
let permission = null;
c.permissionHandler(null, 'media', (v) => {
  permission = v;
});
console.log(
  JSON.stringify({
    schemes: c.schemes,
    windows: c.windows.length,
    loaded: c.loaded,
    prefs: win.options.webPreferences,
    index: { status: index.status, csp: index.headers.get('content-security-policy'), html: (await index.text()).includes('<div id="root">') },
    outsideStatus: outside.status,
    ipcOk: { ok: ok.ok, workshop: ok.value?.workshop?.meta?.municipality ?? null, mode: ok.value?.mode },
    ipcForeign: foreign,
    ipcInvalid: invalid.ok ? null : invalid.error.code,
    shellCalls,
    navPrevented,
    ownNavPrevented,
    webviewPrevented,
    windowOpen: win.webContents.windowOpenHandler({ url: 'https://example.org/' }),
    permission,
    permissionCheck: c.permissionCheck?.(),
    menu: c.menu,
    errorBox: c.errorBox ?? null,
    appStatus,
    senders,
    opened,
    allowedNavPrevented,
    openedExternally: c.openedExternally,
  }),
);
process.exit(0);

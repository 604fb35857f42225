// A stand-in for the 'electron' module, so the bundled main process (out/main/index.js) can be
// started in plain Node where the Electron binary is missing. It records what main asks for.
import { EventEmitter } from 'node:events';

export const calls = { windows: [], loaded: [], protocols: {}, schemes: [], ipc: {}, permissionHandler: null, menu: undefined, openedExternally: [] };
globalThis.__electronStub = calls;

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.sent = [];
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn;
  }
  send(channel, payload) {
    this.sent.push([channel, payload]);
  }
}
export class BrowserWindow extends EventEmitter {
  static all = [];
  static getAllWindows() {
    return BrowserWindow.all;
  }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    BrowserWindow.all.push(this);
    calls.windows.push(this);
  }
  loadURL(url) {
    calls.loaded.push(url);
    return Promise.resolve();
  }
  once(ev, fn) {
    return super.once(ev, fn);
  }
  show() {}
  focus() {}
  close() {
    this.emit('closed');
  }
}
const ready = Promise.resolve();
export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  whenReady: () => ready,
  isReady: () => true,
  requestSingleInstanceLock: () => true,
  quit: () => {},
});
export const protocol = {
  registerSchemesAsPrivileged: (s) => calls.schemes.push(...s),
  handle: (scheme, fn) => {
    calls.protocols[scheme] = fn;
  },
};
export const ipcMain = {
  handle: (channel, fn) => {
    calls.ipc[channel] = fn;
  },
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn) => {
      calls.permissionHandler = fn;
    },
    setPermissionCheckHandler: (fn) => {
      calls.permissionCheck = fn;
    },
  },
};
export const net = { fetch: (url) => globalThis.fetch(url).catch(async () => new Response((await import('node:fs')).readFileSync(new URL(url)))) };
export const screen = { getPrimaryDisplay: () => ({ id: 1 }), getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 } }] };
export const dialog = {
  showErrorBox: (t, m) => {
    calls.errorBox = [t, m];
  },
  showOpenDialog: async () => ({ canceled: true }),
  showSaveDialog: async () => ({ canceled: true }),
};
export const Menu = {
  setApplicationMenu: (m) => {
    calls.menu = m;
  },
};
export const shell = {
  openExternal: async (url) => {
    calls.openedExternally.push(url);
  },
};
export default { app, BrowserWindow, protocol, ipcMain, session, net, screen, dialog, Menu, shell };

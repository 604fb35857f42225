import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

export const APP_ORIGIN = 'app://werkstatt';

/** The security baseline for every window; unit-tested so nobody loosens it by accident. */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function facilitatorWindowOptions(preloadDir: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: 'Selbstcheck-Werkstatt',
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: secureWebPreferences(path.join(preloadDir, 'index.cjs')),
  };
}

export function projectorWindowOptions(preloadDir: string, bounds?: { x: number; y: number; width: number; height: number }): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? { width: 1280, height: 800 }),
    title: 'Selbstcheck-Werkstatt – Projektor',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    fullscreen: !!bounds,
    show: false,
    webPreferences: secureWebPreferences(path.join(preloadDir, 'index.cjs')),
  };
}

/**
 * Only our own pages may call the API: app://werkstatt, or in development exactly the origin of
 * the dev server. Compared after parsing, never by string prefix (`http://localhost:5173.evil`
 * and `http://localhost:51730` start with `http://localhost:5173`). Never throws.
 */
export function isTrustedSender(url: string | undefined, devUrl?: string): boolean {
  if (typeof url !== 'string' || !url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  // Node's URL gives custom schemes the origin "null", so scheme and host are compared instead.
  if (u.protocol === 'app:') return `app://${u.host}` === APP_ORIGIN;
  if (!devUrl) return false;
  try {
    const dev = new URL(devUrl);
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && u.origin === dev.origin;
  } catch {
    return false;
  }
}

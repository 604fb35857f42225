// `npm start`: build, then open the desktop app on the demo workshop (or the file given:
// `npm start -- my.werkstatt`). Where the Electron binary is missing (it cannot be
// downloaded on every machine), the same app starts in browser mode and prints its address.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
// npm puts node_modules/.bin on PATH for scripts.
const build = spawnSync('electron-vite build', { stdio: 'inherit', shell: true });
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const rel = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const bin = path.join(dir, 'dist', rel);
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const bin = electronBinary();
const child =
  bin && process.env.WERKSTATT_BROWSER !== '1'
    ? spawn(bin, ['.', ...args], { stdio: 'inherit' })
    : (console.log(
        bin ? 'Browser-Modus (WERKSTATT_BROWSER=1).' : 'Electron ist auf diesem Rechner nicht installiert – die Werkstatt startet im Browser-Modus.',
      ),
      spawn(process.execPath, ['out/main/cli.js', 'serve', ...args], { stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));

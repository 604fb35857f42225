// The phone page's size as a phone on a venue Wi-Fi receives it (gzip -9 of the built bundle,
// out/renderer/p). Run after a build: `npx electron-vite build && npx tsx bench/phone-bundle.bench.ts`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = path.join(process.cwd(), 'out/renderer/p');
const figures: { name: string; value: number; unit: string; target?: number }[] = [];
let total = 0;
for (const [file, name] of [
  ['app.js', 'phone_bundle_js'],
  ['app.css', 'phone_bundle_css'],
] as const) {
  const body = fs.readFileSync(path.join(dir, file));
  // one self-contained script: an import means Vite split shared code into a chunk the phone server does not serve
  if (file === 'app.js' && /^import\b/m.test(body.toString('utf8'))) throw new Error('out/renderer/p/app.js imports another chunk');
  const gz = zlib.gzipSync(body, { level: 9 }).length;
  total += gz;
  figures.push({ name: `${name}_bytes`, value: body.length, unit: 'B' });
  figures.push({ name: `${name}_gzip_bytes`, value: gz, unit: 'B' });
}
figures.push({ name: 'phone_bundle_gzip_total_bytes', value: total, unit: 'B', target: 30_000 });
for (const f of figures) console.log(JSON.stringify(f));

// Helpers for the export tests: read exports back with independent tools.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tmpFile(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'export-test-'));
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

export function hasTool(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** pdftotext -raw (content-stream order keeps each table cell together) with hyphenated line ends re-joined and whitespace collapsed. */
export function pdfText(bytes: Uint8Array): string {
  const p = tmpFile('x.pdf', bytes);
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', p, '-'], { encoding: 'utf8' });
  return flatten(raw);
}

export function flatten(raw: string): string {
  return (
    raw
      .replace(/\u00A0|\u202F/g, ' ')
      // Our line breaker adds "-" at soft-hyphen breaks; rejoin "Antidiskriminierungs-\nberatung".
      .replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function pdfPages(bytes: Uint8Array): string[] {
  const p = tmpFile('x.pdf', bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', p, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((s) => s.trim());
}

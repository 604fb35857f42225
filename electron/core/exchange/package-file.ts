// Writing and reading exchange packages (issue #14). Reading is a chain of refusals, each with
// its own message, and nothing is ever written or executed: the file is parsed as JSON text,
// checked for format and version, its content hash recomputed, then validated strictly.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/domain/errors';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  EXCHANGE_MAX_BYTES,
  ExchangePackageSchema,
  canonicalJson,
  type ExchangeContent,
  type ExchangePackage,
} from '../../../shared/exchange/package';
import { issueMessage } from '../../../shared/api/issues';
import pkgJson from '../../../package.json';

export const APP_VERSION: string = pkgJson.version;

export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

export function makePackage(content: ExchangeContent, createdAt = new Date().toISOString()): ExchangePackage {
  return { format: EXCHANGE_FORMAT, formatVersion: EXCHANGE_FORMAT_VERSION, appVersion: APP_VERSION, createdAt, contentHash: contentHash(content), content };
}

/**
 * Writes `pkg` to `file` without ever replacing an existing file: the text goes to a temporary
 * file in the same folder (fsync'd), which is then hard-linked to the target name — link fails
 * when the name exists, so a file that appears meanwhile is not overwritten either.
 */
export function writePackageFile(file: string, pkg: ExchangePackage): { bytes: number } {
  const name = path.basename(file);
  if (fs.existsSync(file)) throw AppError.of('FILE_EXISTS', 'exchange.exists', { name, file });
  const text = `${JSON.stringify(pkg, null, 2)}\n`;
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) throw AppError.of('NOT_FOUND_FILE', 'exchange.dirNotFound', { dir });
  const tmp = path.join(dir, `.${name}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'wx');
  } catch (e) {
    throw AppError.of('IO', 'exchange.writeFailed', { name, detail: String((e as Error).message).slice(0, 200) });
  }
  try {
    try {
      fs.writeFileSync(fd, text, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    try {
      fs.linkSync(tmp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw AppError.of('FILE_EXISTS', 'exchange.exists', { name, file });
      // File systems without hard links (some network shares): fall back to an exclusive copy.
      if ((e as NodeJS.ErrnoException).code === 'EPERM' || (e as NodeJS.ErrnoException).code === 'ENOTSUP')
        fs.copyFileSync(tmp, file, fs.constants.COPYFILE_EXCL);
      else throw e;
    }
  } catch (e) {
    // Disk full, permissions, a share gone away: our message, and the temporary file removed below.
    if (e instanceof AppError) throw e;
    throw AppError.of('IO', 'exchange.writeFailed', { name, detail: String((e as Error).message).slice(0, 200) });
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return { bytes: Buffer.byteLength(text) };
}

/** Parses package text (already size-checked). `name` is for messages. */
export function parsePackageText(bytes: Uint8Array, name: string): ExchangePackage {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw AppError.of('CORRUPT', 'exchange.notUtf8', { name });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw AppError.of('CORRUPT', 'exchange.notJson', { name });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== EXCHANGE_FORMAT) {
    throw AppError.of('FOREIGN_FILE', 'exchange.notPackage', { name });
  }
  const r = raw as Record<string, unknown>;
  const v = r.formatVersion;
  if (typeof v === 'number' && Number.isInteger(v) && v > EXCHANGE_FORMAT_VERSION) {
    throw AppError.of('NEWER_VERSION', 'exchange.newerFormat', { name, fileVersion: v, appVersion: EXCHANGE_FORMAT_VERSION });
  }
  // The hash before the schema: a changed value is "tampered", whatever it was changed to.
  let actual: string | null;
  try {
    actual = r.content !== undefined ? contentHash(r.content) : null;
  } catch {
    actual = null;
  }
  if (actual !== null && typeof r.contentHash === 'string' && actual !== r.contentHash) throw AppError.of('CORRUPT', 'exchange.tampered', { name });
  const parsed = ExchangePackageSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const m = issueMessage(first);
    const where = { name, path: first.path.join('.').slice(0, 200) || 'format' };
    // A zod detail in the reader's language: errorText formats `detailKey` into {detail}.
    throw AppError.of(
      'CORRUPT',
      'exchange.schema',
      'detail' in m ? { ...where, detail: m.detail.slice(0, 300) } : { ...m.params, ...where, detailKey: m.detailKey },
    );
  }
  return parsed.data;
}

/** Reads and checks one package file. Throws an AppError with its own message for each refusal. */
export function readPackageFile(file: string): ExchangePackage {
  const name = path.basename(file);
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw AppError.of('NOT_FOUND_FILE', 'exchange.notFound', { name, file });
  }
  if (!st.isFile()) throw AppError.of('FOREIGN_FILE', 'exchange.notPackage', { name });
  if (st.size > EXCHANGE_MAX_BYTES) {
    throw AppError.of('LIMIT', 'exchange.tooLarge', { name, mb: Math.ceil(st.size / 1024 / 1024), maxMb: EXCHANGE_MAX_BYTES / 1024 / 1024 });
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw AppError.of('IO', 'exchange.readFailed', { name, detail: String((e as Error).message).slice(0, 200) });
  }
  return parsePackageText(bytes, name);
}

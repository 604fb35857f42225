import crypto from 'node:crypto';
import type { EventEmitter } from 'node:events';
import http from 'node:http';
import QRCode from 'qrcode';
import type Database from 'better-sqlite3';
import type { ChangeEvent, Topic } from '../../../shared/api';
import type { Agenda } from '../../../shared/api/agenda';
import type { ParticipantStatus } from '../../../shared/api/participants';
import { elapsedMs, plannedMs } from '../../../shared/agenda/timer';
import { AppError } from '../../../shared/domain/errors';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  TABLE_CODE_LENGTH,
  type MyItem,
  type PhoneActivity,
  type PhoneAgenda,
  type PhoneEvent,
  type PhoneOp,
  type PhoneSnapshot,
  type PhoneState,
  type PublicCard,
  type PublicIdea,
} from '../../../shared/participants/contract';
import { flaggedWords } from '../../../shared/participants/wordlist';
import { readSession, readWorkshopMeta } from '../db/repo/meta';
import { readVoteSettings } from '../db/repo/votes';
import { readAgenda } from '../db/repo/agenda';
import { getCluster, insertCluster, listClusters, engineCards, placeCard, removeIfEmpty, setClusterLabel, deleteCard } from '../db/repo/cards';
import {
  approveItem,
  cardTable,
  countDevices,
  deleteDevice,
  revokeTableDevices,
  tableCardLines,
  tableDeviceCounts,
  tableItems,
  tableRefs,
  createDevice,
  deviceByHash,
  deviceParticipant,
  findRequest,
  ideaVisible,
  assertPhoneRoom,
  insertPhoneCard,
  insertPhoneIdea,
  itemCluster,
  linkItem,
  myItem,
  myItems,
  ownsItem,
  participantDots,
  publicCards,
  publicIdeas,
  saveRequest,
  setDeviceSector,
  setParticipantDots,
  unlinkItem,
  updatePhoneItem,
  waitingCount,
  wipePhoneLinks,
  hasPhoneLinks,
  type DeviceRow,
  type MyItemRow,
} from '../db/repo/phones';
import { deleteIdea } from '../db/repo/ideas';
import { engineFor, relabel } from '../handlers/cards';
import { projectorRanking } from '../handlers/ranking';
import type { ServiceContext } from '../handlers/types';
import { isOwnAddress } from './addresses';
import { startPhoneServer, type PhoneServer } from './server';

/**
 * The participant mode of one running app: join code, device sessions, the write queue with
 * group commit, live clustering after the commit, and the change stream for phones.
 *
 * Why group commit: one phone write alone costs a transaction with fsync (synchronous=FULL) plus
 * live clustering against a growing board (~3 ms); a burst of 600 cards serially made the last
 * one wait ~2 s. Here every write that arrives within a short window shares one transaction
 * (each in its own savepoint, so one failure does not undo the others), is acknowledged only
 * after that commit, and is clustered afterwards in small slices between requests.
 */

// A commit with synchronous=FULL costs ~20 ms on a busy laptop disk: requests that arrive
// meanwhile wait for the next one, so batches grow by themselves under load.
const FLUSH_WINDOW_MS = 8;
/** During a burst (the last batch was large) wait a little longer: fewer commits, each ~20 ms of fsync. */
const BURST_WINDOW_MS = 25;
const BURST_BATCH = 20;
/** At most this many writes per transaction, so the facilitator's own calls get a turn in between. */
const MAX_BATCH = 150;
/** Clustering work per transaction; it runs only while no phone write is waiting. */
const CLUSTER_BUDGET_MS = 30;
/** Clustering waits for a quiet moment (no phone write for this long) … */
const CLUSTER_QUIET_MS = 300;
/** … but a card never waits longer than this for its place on the board. */
const CLUSTER_MAX_WAIT_MS = 5000;
const EMIT_EVERY_MS = 120;
const LOG_MAX = 2000;

export interface Device extends DeviceRow {
  hash: string;
}
interface Job {
  key: string | null;
  deviceId: number | null;
  run: (db: Database.Database) => unknown;
  topics: Topic[];
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export interface SseClient {
  deviceId: number;
  write: (chunk: string) => boolean;
  end: () => void;
}

export interface ParticipantModeOptions {
  ctx: ServiceContext;
  /** the service's change events (facilitator edits) */
  events: EventEmitter;
  assetsDir?: string;
}

export function newJoinCode(length = JOIN_CODE_LENGTH): string {
  let s = '';
  for (let i = 0; i < length; i++) s += JOIN_CODE_ALPHABET[crypto.randomInt(JOIN_CODE_ALPHABET.length)];
  return s;
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** The running agenda item as phones see it: its end on the laptop's clock, or the time left while paused. */
export function phoneAgenda(a: Agenda): PhoneAgenda | null {
  const cur = a.items.find((i) => i.id === a.currentId);
  if (!cur || cur.startedAt === null || cur.endedAt !== null) return null;
  const planned = plannedMs(cur);
  if (cur.pausedAt !== null) return { title: cur.title, kind: cur.kind, endsAt: null, remainingMs: planned - elapsedMs(cur, cur.pausedAt), plannedMs: planned };
  return { title: cur.title, kind: cur.kind, endsAt: cur.startedAt + cur.pausedMs + planned, remainingMs: null, plannedMs: planned };
}

function sameCode(a: string, b: string): boolean {
  return a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export function activityOf(phase: string, revealed: boolean): PhoneActivity {
  if (phase === 'staerken') return 'cards';
  if (phase === 'schritte') return 'ideas';
  if (phase === 'priorisierung') return revealed ? 'result' : 'dots';
  return 'none';
}

export class ParticipantMode {
  private server: PhoneServer | null = null;
  code: string | null = null;
  /** where the phone bundle is read from (default: the built out/renderer/p) */
  assetsDir: string | undefined;
  review = false;
  paused = false;
  showOnProjector = false;
  private check: ParticipantStatus['check'] = null;
  private qr: ParticipantStatus['qr'] = null;
  /**
   * table id → that table's own join code (issue #13): a device joined with it is the table's
   * host. In memory like the room code, new on every start; renewing one ends that table's
   * host sessions (a table code can do more than the room code).
   */
  private tableCodes = new Map<number, string>();
  /** QR modules by URL, so the panel's frequent status reads do not encode every table's QR again */
  private qrCache = new Map<string, NonNullable<ParticipantStatus['qr']>>();
  private devices = new Map<string, Device>();
  private queue: Job[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private inflight = new Map<string, Promise<unknown>>();
  private toCluster: number[] = [];
  private clusterTimer: NodeJS.Timeout | null = null;
  private emitTopics = new Set<Topic>();
  private emitTimer: NodeJS.Timeout | null = null;
  private publishTimer: NodeJS.Timeout | null = null;
  readonly clients = new Set<SseClient>();
  /** counters for the load benchmark (WERKSTATT_PHONES_DEBUG=1 prints them when the mode stops) */
  readonly stats = {
    flushes: 0,
    jobs: 0,
    flushMs: 0,
    maxBatch: 0,
    clusterTx: 0,
    clusterMs: 0,
    publishes: 0,
    serverMs: [] as number[],
    firstArrival: 0,
    lastArrival: 0,
  };
  seq = 0;
  private log: { id: number; data: string }[] = [];
  private view: {
    cards: Map<number, PublicCard>;
    ideas: Map<number, PublicIdea>;
    state: PhoneState;
    stateJson: string;
    tables: Map<number, string>;
  } | null = null;
  private readonly onChange = (ev: ChangeEvent) => {
    if (ev.topics.includes('workshop') && ev.topics.includes('session')) return; // another file: stopped by the close hook
    // Our own notices (join count) and cluster placement change nothing phones see.
    if (ev.topics.every((t) => t === 'participants' || t === 'history')) return;
    // phase, dot rules, reveal, workshop name, the running agenda item, or (after the reveal) the ranking may have changed
    if (ev.topics.some((t) => t === 'session' || t === 'votes' || t === 'workshop' || t === 'ideas' || t === 'agenda')) this.stateCache = null;
    if (ev.topics.includes('tables')) {
      try {
        this.syncTables();
      } catch {
        // no workshop open
      }
    }
    this.schedulePublish();
  };

  constructor(private readonly o: ParticipantModeOptions) {
    // A file that still holds device links while the mode is off (a crash, or a copy made by
    // "Speichern unter" during a session) is cleaned as soon as it is the open workshop.
    o.events.on('change', (ev: ChangeEvent) => {
      if (this.running || !ev.topics.includes('workshop')) return;
      try {
        if (hasPhoneLinks(this.db())) this.tx((db) => wipePhoneLinks(db));
      } catch {
        // no workshop open
      }
    });
  }

  get running(): boolean {
    return this.server !== null;
  }

  private db(): Database.Database {
    return this.o.ctx.db();
  }

  /** A transaction outside the facilitator's undo history (phones' writes are not his undo entries). */
  private tx<T>(fn: (db: Database.Database) => T): T {
    const db = this.db();
    const undo = this.o.ctx.undoLog();
    return db.transaction(() => undo.untracked(() => fn(db)))();
  }

  // ---------------------------------------------------------------- facilitator side

  async start(address: string, port = 8765): Promise<ParticipantStatus> {
    this.db();
    if (address === '0.0.0.0' || !/^\d{1,3}(\.\d{1,3}){3}$/.test(address) || !isOwnAddress(address)) {
      throw AppError.of('INVALID_INPUT', 'participants.badAddress', { address });
    }
    if (this.running) await this.stop();
    // A crash could have left links of an earlier run: a new run starts with none.
    this.tx((db) => wipePhoneLinks(db));
    this.code = newJoinCode();
    let server: PhoneServer | null = null;
    const tries = port === 0 ? [0] : Array.from({ length: 10 }, (_, i) => port + i);
    for (const p of tries) {
      try {
        server = await startPhoneServer({ mode: this, address, port: p, assetsDir: this.assetsDir ?? this.o.assetsDir });
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || p === tries.at(-1)) {
          if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw AppError.of('CONFLICT', 'participants.addressInUse', { address, port: p });
          throw AppError.of('INVALID_INPUT', 'participants.badAddress', { address });
        }
      }
    }
    this.server = server;
    this.tableCodes.clear();
    this.syncTables();
    // what phones see is computed now that the mode runs (open = running and not paused)
    this.view = null;
    this.stateCache = null;
    this.publish();
    this.o.events.on('change', this.onChange);
    await this.makeQr();
    await this.selfCheck();
    return this.status();
  }

  async stop(): Promise<ParticipantStatus> {
    if (this.server) {
      const s = this.server;
      this.server = null;
      this.o.events.off('change', this.onChange);
      await this.flushNow();
      this.broadcast(JSON.stringify({ ops: [{ t: 'off' }] } satisfies PhoneEvent));
      for (const c of this.clients) c.end();
      this.clients.clear();
      await s.close();
    }
    for (const t of [this.flushTimer, this.clusterTimer, this.emitTimer, this.publishTimer]) if (t) clearTimeout(t);
    this.flushTimer = this.clusterTimer = this.emitTimer = this.publishTimer = null;
    // Cluster what is left, then forget every device: nothing tells who wrote what any more.
    try {
      this.clusterPending(Infinity);
      this.tx((db) => wipePhoneLinks(db));
    } catch {
      // no workshop open (it was closed): the links were wiped with the close hook or on next start
    }
    if (process.env.WERKSTATT_PHONES_DEBUG) {
      const ms = [...this.stats.serverMs].sort((a, b) => a - b);
      const q = (x: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(ms.length * x))] ?? 0);
      process.stderr.write(`participants: ${JSON.stringify({ ...this.stats, serverMs: { n: ms.length, p50: q(0.5), p99: q(0.99) } })}\n`);
    }
    this.devices.clear();
    this.inflight.clear();
    this.code = null;
    this.tableCodes.clear();
    this.qrCache.clear();
    this.qr = null;
    this.check = null;
    this.log = [];
    this.view = null;
    this.seq = 0;
    this.paused = false;
    this.showOnProjector = false;
    this.stateCache = null;
    this.o.ctx.emit(['participants', 'cards', 'ideas', 'votes']);
    return this.status();
  }

  /** Called before the workshop file is closed (another one opened): the mode ends with it. */
  beforeClose(): void {
    if (!this.running) return;
    const s = this.server!;
    this.server = null;
    this.o.events.off('change', this.onChange);
    try {
      this.drain();
      this.tx((db) => wipePhoneLinks(db));
    } catch {
      // best effort: the next start wipes stale links as well
    }
    this.broadcast(JSON.stringify({ ops: [{ t: 'off' }] } satisfies PhoneEvent));
    for (const c of this.clients) c.end();
    this.clients.clear();
    void s.close();
    for (const t of [this.flushTimer, this.clusterTimer, this.emitTimer, this.publishTimer]) if (t) clearTimeout(t);
    this.flushTimer = this.clusterTimer = this.emitTimer = this.publishTimer = null;
    this.devices.clear();
    this.code = null;
    this.tableCodes.clear();
    this.qrCache.clear();
    this.view = null;
    this.log = [];
    this.seq = 0;
  }

  async renew(): Promise<ParticipantStatus> {
    if (!this.running) throw AppError.of('INVALID_INPUT', 'participants.notRunning');
    this.code = this.unusedCode();
    await this.makeQr();
    return this.status();
  }

  /** A code that is neither the room's nor any table's. */
  private unusedCode(length = JOIN_CODE_LENGTH): string {
    const used = new Set([this.code, ...this.tableCodes.values()]);
    let next = newJoinCode(length);
    while (used.has(next)) next = newJoinCode(length);
    return next;
  }

  /** Every table has its own code while the mode runs; a removed table's hosts are out. */
  private syncTables(): void {
    if (!this.running) return;
    const ids = new Set(tableRefs(this.db()).map((t) => t.id));
    for (const id of ids) if (!this.tableCodes.has(id)) this.tableCodes.set(id, this.unusedCode(TABLE_CODE_LENGTH));
    for (const id of [...this.tableCodes.keys()]) {
      if (ids.has(id)) continue;
      this.tableCodes.delete(id);
      this.forgetTableDevices(id); // their rows went with the table (ON DELETE CASCADE)
    }
  }

  /** Drops a table's host sessions from memory and closes their streams; the page then finds it is out. */
  private forgetTableDevices(tableId: number): void {
    const gone = new Set<number>();
    for (const [hash, d] of this.devices) {
      if (d.role === 'table' && d.table_id === tableId) {
        this.devices.delete(hash);
        gone.add(d.id);
      }
    }
    for (const c of [...this.clients]) {
      if (!gone.has(c.deviceId)) continue;
      c.write(`data: ${JSON.stringify({ ops: [{ t: 'reset' }] } satisfies PhoneEvent)}\n\n`);
      c.end();
    }
  }

  /** A new code for one table: its old link and QR code stop working, and every device joined with it is out. */
  renewTable(tableId: number): ParticipantStatus {
    if (!this.running) throw AppError.of('INVALID_INPUT', 'participants.notRunning');
    this.syncTables();
    if (!this.tableCodes.has(tableId)) throw AppError.of('NOT_FOUND', 'agenda.tableNotFound', { id: tableId });
    this.tableCodes.set(tableId, this.unusedCode(TABLE_CODE_LENGTH));
    this.tx((db) => revokeTableDevices(db, tableId));
    this.forgetTableDevices(tableId);
    return this.status();
  }

  configure(i: { review?: boolean; paused?: boolean; showOnProjector?: boolean }): ParticipantStatus {
    if (i.review !== undefined) this.review = i.review;
    if (i.paused !== undefined) this.paused = i.paused;
    if (i.showOnProjector !== undefined) this.showOnProjector = i.showOnProjector;
    this.stateCache = null;
    this.schedulePublish();
    return this.status();
  }

  approve(kind: 'card' | 'idea', id: number): void {
    if (!approveItem(this.db(), kind, id)) throw AppError.of('NOT_FOUND', kind === 'card' ? 'domain.cardNotFound' : 'domain.ideaNotFound', { id });
  }

  joinUrl(code: string | null = this.code): string | null {
    if (!this.server || !code) return null;
    const hostPort = this.server.port === 80 ? this.server.address : `${this.server.address}:${this.server.port}`;
    return `HTTP://${hostPort}/J/${code}`;
  }

  private qrOf(url: string): NonNullable<ParticipantStatus['qr']> {
    const hit = this.qrCache.get(url);
    if (hit) return hit;
    const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const size = qr.modules.size;
    let modules = '';
    for (let i = 0; i < size * size; i++) modules += qr.modules.data[i] ? '1' : '0';
    if (this.qrCache.size > 200) this.qrCache.clear();
    this.qrCache.set(url, { size, modules });
    return { size, modules };
  }

  private async makeQr(): Promise<void> {
    const url = this.joinUrl();
    this.qr = url ? this.qrOf(url) : null;
  }

  async selfCheck(): Promise<ParticipantStatus> {
    if (!this.server) throw AppError.of('INVALID_INPUT', 'participants.notRunning');
    const { address, port, nonce } = this.server;
    const detail = await new Promise<string | null>((resolve) => {
      const req = http.get({ host: address, port, path: '/p/health', headers: { host: `${address}:${port}` }, timeout: 2500 }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(res.statusCode === 200 && body.trim() === nonce ? null : `unerwartete Antwort (HTTP ${res.statusCode})`));
      });
      req.on('timeout', () => req.destroy(new Error('keine Antwort in 2,5 s')));
      req.on('error', (e) => resolve(e.message));
    });
    // reachable, but without the phone page (a development build): say so rather than "ok"
    const page =
      detail === null
        ? await new Promise<number>((resolve) => {
            const req = http.request(
              { host: address, port, path: '/p/app.js', method: 'HEAD', headers: { host: `${address}:${port}` }, timeout: 2500 },
              (res) => {
                res.resume();
                resolve(res.statusCode ?? 0);
              },
            );
            req.on('timeout', () => req.destroy());
            req.on('error', () => resolve(0));
            req.end();
          })
        : 200;
    const problem = detail ?? (page === 200 ? null : 'die Handy-Seite ist nicht gebaut (npm run build)');
    this.check = { ok: problem === null, detail: problem, at: new Date().toISOString() };
    return this.status();
  }

  status(): ParticipantStatus {
    let devices = 0;
    let waiting = 0;
    let tables: ParticipantStatus['tables'] = [];
    try {
      const db = this.db();
      devices = this.running ? countDevices(db) : 0;
      waiting = waitingCount(db);
      if (this.running) {
        this.syncTables();
        const counts = tableDeviceCounts(db);
        tables = tableRefs(db).map((t) => {
          const code = this.tableCodes.get(t.id)!;
          const url = this.joinUrl(code)!;
          return { id: t.id, name: t.name, code, joinUrl: url, qr: this.qrOf(url), devices: counts.get(t.id) ?? 0 };
        });
      }
    } catch {
      // no workshop open
    }
    return {
      running: this.running,
      address: this.server?.address ?? null,
      port: this.server?.port ?? null,
      code: this.code,
      joinUrl: this.joinUrl(),
      devices,
      connected: new Set([...this.clients].map((c) => c.deviceId)).size,
      review: this.review,
      paused: this.paused,
      showOnProjector: this.showOnProjector && this.running,
      check: this.check,
      qr: this.running ? this.qr : null,
      waiting,
      tables,
    };
  }

  // ---------------------------------------------------------------- devices

  codeMatches(code: string): boolean {
    return !!this.code && sameCode(code.toUpperCase(), this.code);
  }

  /** Which door a code opens: the room (tableId null), one table's host role, or none. */
  matchCode(code: string): { tableId: number | null } | null {
    if (!this.running) return null;
    const c = code.toUpperCase();
    if (this.codeMatches(c)) return { tableId: null };
    for (const [id, tc] of this.tableCodes) if (sameCode(c, tc)) return { tableId: id };
    return null;
  }

  deviceFor(token: string | undefined): Device | null {
    if (!token || !this.running || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const hash = hashToken(token);
    const hit = this.devices.get(hash);
    if (hit) return hit;
    const row = deviceByHash(this.db(), hash);
    if (!row) return null;
    const d = { ...row, hash };
    this.devices.set(hash, d);
    return d;
  }

  /** A new device session: returns the random token for its cookie (only its hash is stored). `tableId`: joined with that table's code. */
  async join(sector: string | null, tableId: number | null = null): Promise<{ token: string; device: Device }> {
    const token = crypto.randomBytes(32).toString('base64url');
    const hash = hashToken(token);
    const id = (await this.submit(null, null, ['participants'], (db) => createDevice(db, hash, sector, tableId))) as number;
    const device: Device = { id, sector, participant_id: null, role: tableId === null ? 'participant' : 'table', table_id: tableId, hash };
    this.devices.set(hash, device);
    return { token, device };
  }

  /** A table host's browser came through another door: its table session ends (the table's count stays true). */
  async leaveTable(device: Device): Promise<void> {
    if (device.role !== 'table') return;
    this.devices.delete(device.hash);
    await this.submit(null, null, ['participants'], (db) => deleteDevice(db, device.id));
  }

  // ---------------------------------------------------------------- writes (group commit)

  private requireOpen(want: PhoneActivity | PhoneActivity[]): void {
    const st = this.currentState();
    const wants = Array.isArray(want) ? want : [want];
    if (st.activity === 'result' && wants.includes('dots')) throw AppError.of('CONFLICT', 'participants.revealed');
    if ((st.activity === 'dots' || st.activity === 'result') && wants.includes('ideas')) throw AppError.of('CONFLICT', 'participants.stepsFixed');
    if (!st.open || !wants.includes(st.activity)) throw AppError.of('CONFLICT', 'participants.notOpen');
  }

  private moderation(text: string): 'pending' | 'flagged' | null {
    return flaggedWords(text).length ? 'flagged' : this.review ? 'pending' : null;
  }

  private toMine(r: MyItemRow): MyItem {
    return { id: r.id, text: r.text, field: r.field as MyItem['field'], status: r.moderation ? 'review' : r.hidden ? 'hidden' : 'shown' };
  }

  /**
   * May this device change this item? A participant: only what it wrote itself. A table host:
   * every card of its own table (also those the facilitator typed for it), nothing else.
   */
  private requireMayEdit(db: Database.Database, device: Device, kind: 'card' | 'idea', id: number): void {
    if (device.role === 'table') {
      if (kind !== 'card') throw AppError.of('FORBIDDEN', 'participants.tableCardsOnly');
      if (device.table_id === null || cardTable(db, id) !== device.table_id) throw AppError.of('FORBIDDEN', 'participants.notYourTable');
      return;
    }
    if (!ownsItem(db, device.id, kind, id)) throw AppError.of('NOT_FOUND', 'participants.notYours');
  }

  async call(device: Device, method: string, input: Record<string, unknown>): Promise<unknown> {
    const key = typeof input.key === 'string' ? input.key : null;
    // A table host captures its table's cards: no next steps, no dots (it is not a voter).
    if (device.role === 'table' && method !== 'profile' && !method.startsWith('cards.')) throw AppError.of('FORBIDDEN', 'participants.tableCardsOnly');
    switch (method) {
      case 'profile':
        return this.submit(device, null, ['participants'], (db) => {
          setDeviceSector(db, device.id, (input.sector as string | null) ?? null);
          device.sector = (input.sector as string | null) ?? null;
          return { sector: device.sector };
        });
      case 'cards.add':
        this.requireOpen('cards'); // at once; again in the transaction, where it counts
        return this.submit(device, key, ['cards', 'participants'], (db) => {
          this.requireOpen('cards');
          // a table host's card belongs to its table, in the table's field unless it chose another
          const table = device.role === 'table' ? tableRefs(db).find((t) => t.id === device.table_id) : undefined;
          if (device.role === 'table' && !table) throw AppError.of('FORBIDDEN', 'participants.notYourTable');
          assertPhoneRoom(db, device.id, 'card');
          const id = insertPhoneCard(db, {
            text: input.text as string,
            field: input.field !== undefined ? ((input.field as string | null) ?? null) : (table?.field ?? null),
            sector: input.sector !== undefined ? (input.sector as string | null) : device.sector,
            moderation: this.moderation(input.text as string),
            tableId: table?.id ?? null,
          });
          linkItem(db, device.id, 'card', id);
          this.toCluster.push(id);
          return this.toMine(myItem(db, 'card', id));
        });
      case 'ideas.add':
        this.requireOpen('ideas');
        return this.submit(device, key, ['ideas', 'participants'], (db) => {
          this.requireOpen('ideas');
          assertPhoneRoom(db, device.id, 'idea');
          const id = insertPhoneIdea(db, { text: input.text as string, moderation: this.moderation(input.text as string) });
          linkItem(db, device.id, 'idea', id);
          return this.toMine(myItem(db, 'idea', id));
        });
      case 'cards.update':
      case 'ideas.update': {
        const kind = method === 'cards.update' ? 'card' : 'idea';
        return this.submit(device, key, [kind === 'card' ? 'cards' : 'ideas', 'participants'], (db) => {
          // paused, or the room moved on (steps are fixed once the dots start): read, not write
          this.requireOpen(kind === 'card' ? 'cards' : 'ideas');
          const id = input.id as number;
          this.requireMayEdit(db, device, kind, id);
          updatePhoneItem(db, kind, id, {
            text: input.text as string,
            field: kind === 'card' ? ((input.field as string | null) ?? null) : undefined,
            moderation: this.moderation(input.text as string),
          });
          if (kind === 'card') {
            const cl = itemCluster(db, id);
            if (cl) relabel(db, cl);
          }
          return this.toMine(myItem(db, kind, id));
        });
      }
      case 'cards.withdraw':
      case 'ideas.withdraw': {
        const kind = method === 'cards.withdraw' ? 'card' : 'idea';
        return this.submit(device, key, [kind === 'card' ? 'cards' : 'ideas', 'votes', 'participants'], (db) => {
          this.requireOpen(kind === 'card' ? 'cards' : 'ideas');
          const id = input.id as number;
          this.requireMayEdit(db, device, kind, id);
          if (kind === 'card') {
            const cl = itemCluster(db, id);
            deleteCard(db, id);
            if (cl && removeIfEmpty(db, [cl]) === 0) relabel(db, cl, -1);
          } else deleteIdea(db, id);
          unlinkItem(db, kind, id);
          return { ok: true };
        });
      }
      case 'dots.set':
        this.requireOpen('dots');
        return this.submit(device, key, ['votes', 'participants'], (db) => {
          this.requireOpen('dots');
          const ideaId = input.ideaId as number;
          const count = input.count as number;
          const s = readVoteSettings(db);
          if (s.revealed) throw AppError.of('CONFLICT', 'participants.revealed');
          if (!ideaVisible(db, ideaId)) throw AppError.of('NOT_FOUND', 'participants.unknownIdea');
          if (!s.allowMultiple && count > 1) throw AppError.of('LIMIT', 'participants.onePerIdea');
          const pid = deviceParticipant(db, device);
          const mine = participantDots(db, pid);
          const used = Object.values(mine).reduce((a, b) => a + b, 0);
          const after = used - (mine[String(ideaId)] ?? 0) + count;
          if (after > s.dotsPerPerson) throw AppError.of('LIMIT', 'participants.budget', { used, max: s.dotsPerPerson });
          setParticipantDots(db, pid, ideaId, count, device.sector);
          const dots = participantDots(db, pid);
          return { dots, used: Object.values(dots).reduce((a, b) => a + b, 0) };
        });
      default:
        throw AppError.of('UNKNOWN_METHOD', 'participants.unknownMethod');
    }
  }

  /** Queue a write; resolves after the shared transaction that holds it is committed. */
  submit(device: Device | null, key: string | null, topics: Topic[], run: (db: Database.Database) => unknown): Promise<unknown> {
    const ik = device && key ? `${device.id}:${key}` : null;
    if (ik) {
      const same = this.inflight.get(ik);
      if (same) return same; // the retry of a request still in the queue: one answer for both
    }
    const p = new Promise<unknown>((resolve, reject) => {
      this.queue.push({ key, deviceId: device?.id ?? null, run, topics, resolve, reject });
    });
    if (ik) {
      this.inflight.set(ik, p);
      const done = () => this.inflight.delete(ik);
      p.then(done, done);
    }
    this.lastSubmit = performance.now();
    if (!this.flushTimer && !this.waitingForHold)
      this.flushTimer = setTimeout(() => this.flushSync(), this.lastBatch >= BURST_BATCH ? BURST_WINDOW_MS : FLUSH_WINDOW_MS);
    return p;
  }

  private async flushNow(): Promise<void> {
    this.drain();
  }

  /** Everything queued, now (before the mode stops). */
  private drain(): void {
    // (during an exclusive write the queue goes out when it ends)
    while (this.queue.length && !this.o.ctx.writesHeld()) this.flushSync();
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
  }

  private flushSync(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    // A big import is being written in slices: phone writes wait for it (they would join its
    // transaction), then go out in one batch.
    const held = this.o.ctx.writesHeld();
    if (held) {
      if (!this.waitingForHold) {
        this.waitingForHold = true;
        void held.then(() => {
          this.waitingForHold = false;
          this.flushSync();
        });
      }
      return;
    }
    const jobs = this.queue.splice(0, MAX_BATCH);
    if (this.queue.length) this.flushTimer = setTimeout(() => this.flushSync(), 0);
    if (!jobs.length) return;
    const tStart = performance.now();
    this.stats.flushes++;
    this.stats.jobs += jobs.length;
    this.stats.maxBatch = Math.max(this.stats.maxBatch, jobs.length);
    this.lastBatch = jobs.length;
    const results: ({ ok: true; v: unknown } | { ok: false; e: unknown })[] = [];
    const topics = new Set<Topic>();
    const clusterBefore = this.toCluster.length;
    try {
      this.tx((db) => {
        for (const j of jobs) {
          try {
            if (j.key && j.deviceId) {
              const prev = findRequest(db, j.deviceId, j.key);
              if (prev !== undefined) {
                results.push({ ok: true, v: JSON.parse(prev) });
                continue;
              }
            }
            // a savepoint per job: a refused write leaves the others of the batch intact
            const v = db.transaction(() => {
              const out = j.run(db);
              if (j.key && j.deviceId) saveRequest(db, j.deviceId, j.key, JSON.stringify(out ?? null));
              return out;
            })();
            results.push({ ok: true, v });
            for (const t of j.topics) topics.add(t);
          } catch (e) {
            results.push({ ok: false, e });
          }
        }
      });
    } catch (e) {
      this.toCluster.length = clusterBefore; // nothing of the batch was written
      for (const j of jobs) j.reject(e);
      return;
    }
    this.stats.flushMs += performance.now() - tStart;
    jobs.forEach((j, i) => {
      const r = results[i];
      if (r.ok) j.resolve(r.v);
      else j.reject(r.e);
    });
    if (topics.size) {
      if (topics.has('ideas') || topics.has('votes')) this.stateChangedByPhones = true;
      // The writers' answers go out first (they are sent as the promises above settle, right after
      // this function); then one broadcast puts the change on every phone.
      setImmediate(() => {
        try {
          this.publish();
        } catch {
          // workshop closed meanwhile
        }
      });
      this.emitSoon([...topics]);
    }
    if (this.toCluster.length > clusterBefore) {
      if (clusterBefore === 0) this.clusterSince = performance.now();
      this.scheduleCluster();
    }
  }

  /** Facilitator windows reload at most every EMIT_EVERY_MS during a burst, not once per card. */
  private emitSoon(topics: Topic[]): void {
    for (const t of topics) this.emitTopics.add(t);
    if (this.emitTimer) return;
    this.emitTimer = setTimeout(() => {
      this.emitTimer = null;
      const ts = [...this.emitTopics];
      this.emitTopics.clear();
      if (ts.length) this.o.ctx.emit(ts);
    }, EMIT_EVERY_MS);
  }

  private lastSubmit = 0;
  private lastBatch = 0;
  /** A flush waits for an exclusive write (the big import) to end. */
  private waitingForHold = false;
  private clusterSince = 0;

  private scheduleCluster(): void {
    if (this.clusterTimer) return;
    if (!this.toCluster.length) return;
    this.clusterTimer = setTimeout(
      () => {
        this.clusterTimer = null;
        try {
          // Phones first: during a burst clustering waits (the cards are on every phone already),
          // unless the oldest card has waited too long.
          const now = performance.now();
          const quiet = !this.queue.length && now - this.lastSubmit >= CLUSTER_QUIET_MS;
          if (quiet || (!this.queue.length && now - this.clusterSince >= CLUSTER_MAX_WAIT_MS)) {
            this.clusterPending(CLUSTER_BUDGET_MS);
            this.clusterSince = performance.now();
          }
        } catch {
          this.toCluster = []; // the workshop went away
        }
        if (this.toCluster.length) this.scheduleCluster();
      },
      performance.now() - this.lastSubmit < CLUSTER_QUIET_MS ? 50 : 1,
    );
  }

  /**
   * Places phone cards on the board like typed ones (engine.assign, in arrival order), as many as
   * fit into `budgetMs` of work, in one transaction.
   */
  private clusterPending(budgetMs: number): void {
    if (!this.toCluster.length || this.o.ctx.writesHeld()) return;
    const t0 = performance.now();
    this.tx((db) => {
      const engine = engineFor(db);
      const cards = engineCards(db);
      const byId = new Map(cards.map((c) => [c.id, c]));
      let clusters = listClusters(db);
      while (this.toCluster.length && performance.now() - t0 < budgetMs) {
        const id = this.toCluster.shift()!;
        const card = byId.get(id);
        if (!card || card.clusterId !== null) continue;
        const res = engine.assign({ id, text: card.text }, cards, clusters);
        let clusterId = res.clusterId;
        if (clusterId === null) {
          clusterId = insertCluster(db, res.label || 'Neues Thema', false);
          clusters = listClusters(db);
        } else {
          const c = getCluster(db, clusterId);
          if (!c.labelLocked && res.label && res.label !== c.label) {
            setClusterLabel(db, clusterId, res.label);
            clusters = listClusters(db);
          }
        }
        placeCard(db, id, clusterId);
        card.clusterId = clusterId; // the next card of this slice sees it placed
      }
    });
    this.stats.clusterTx++;
    this.stats.clusterMs += performance.now() - t0;
    this.emitSoon(['cards']);
  }

  // ---------------------------------------------------------------- what phones see

  private stateCache: PhoneState | null = null;
  /** a phone write that can change the revealed ranking (withdrawing an idea) */
  private stateChangedByPhones = false;

  /** What phones may do now; cached between facilitator changes (every phone write asks). */
  currentState(): PhoneState {
    if (this.stateCache) return this.stateCache;
    const db = this.db();
    const s = readVoteSettings(db);
    const phase = readSession(db).phase;
    const activity = activityOf(phase, s.revealed);
    let result: PhoneState['result'] = null;
    if (s.revealed) {
      result = projectorRanking(db).ideas.map((x) => ({ id: x.id, text: x.text, dots: x.dots, rank: x.rank }));
    }
    return (this.stateCache = {
      open: this.running && !this.paused,
      activity,
      municipality: readWorkshopMeta(db).municipality,
      dots: { budget: s.dotsPerPerson, allowMultiple: s.allowMultiple, revealed: s.revealed },
      result,
      agenda: phoneAgenda(readAgenda(db)),
    });
  }

  schedulePublish(): void {
    if (this.publishTimer || !this.running) return;
    this.publishTimer = setTimeout(() => {
      this.publishTimer = null;
      try {
        this.publish();
      } catch {
        // workshop closed meanwhile
      }
    }, 15);
  }

  /** Compares what phones may see with what they saw, and sends the difference as one event. */
  publish(): void {
    const db = this.db();
    const cards = new Map(publicCards(db).map((c) => [c.id, c as PublicCard]));
    const ideas = new Map(publicIdeas(db).map((i) => [i.id, i]));
    if (this.stateChangedByPhones) this.stateCache = null;
    this.stateChangedByPhones = false;
    const state = this.currentState();
    const stateJson = JSON.stringify(state);
    // Table hosts list every card of their table, hidden ones too: they hear "your table changed"
    // (an id, no content) and fetch their own snapshot. Only while there are tables at all.
    const tables = this.tableCodes.size ? new Map(tableCardLines(db).map((r) => [r.table_id, r.line])) : new Map<number, string>();
    const prev = this.view;
    this.view = { cards, ideas, state, stateJson, tables };
    if (!prev) return;
    const ops: PhoneOp[] = [];
    if (stateJson !== prev.stateJson) ops.push({ t: 'state', state });
    for (const [id, line] of tables) if (prev.tables.get(id) !== line) ops.push({ t: 'table', id });
    for (const [id, c] of cards) {
      const old = prev.cards.get(id);
      if (!old || old.text !== c.text || old.sector !== c.sector || old.field !== c.field) ops.push({ t: 'card', card: c });
    }
    for (const id of prev.cards.keys()) if (!cards.has(id)) ops.push({ t: 'card-', id });
    for (const [id, i] of ideas) {
      const old = prev.ideas.get(id);
      if (!old || old.text !== i.text) ops.push({ t: 'idea', idea: i });
    }
    for (const id of prev.ideas.keys()) if (!ideas.has(id)) ops.push({ t: 'idea-', id });
    if (!ops.length) return;
    this.stats.publishes++;
    const id = ++this.seq;
    const data = JSON.stringify({ ops } satisfies PhoneEvent);
    this.log.push({ id, data });
    if (this.log.length > LOG_MAX) this.log.splice(0, this.log.length - LOG_MAX);
    this.broadcast(data, id);
  }

  private broadcast(data: string, id?: number): void {
    const chunk = `${id !== undefined ? `id: ${id}\n` : ''}data: ${data}\n\n`;
    for (const c of this.clients) c.write(chunk);
  }

  /** Events after `lastId`, or a reset when they are no longer in the log (or from another run). */
  replay(lastId: number): string[] {
    if (lastId === this.seq) return [];
    if (lastId > this.seq || (lastId < this.seq && (this.log[0]?.id ?? Infinity) > lastId + 1)) {
      return [`id: ${this.seq}\ndata: ${JSON.stringify({ ops: [{ t: 'reset' }] })}\n\n`];
    }
    return this.log.filter((e) => e.id > lastId).map((e) => `id: ${e.id}\ndata: ${e.data}\n\n`);
  }

  snapshot(device: Device): PhoneSnapshot {
    if (!this.view) this.publish();
    const v = this.view!;
    const db = this.db();
    const table = device.role === 'table' ? (tableRefs(db).find((t) => t.id === device.table_id) ?? null) : null;
    return {
      seq: this.seq,
      serverNow: Date.now(),
      state: v.state,
      cards: [...v.cards.values()],
      ideas: [...v.ideas.values()],
      me: {
        role: device.role,
        table: table && { id: table.id, name: table.name, field: table.field as PhoneSnapshot['me']['cards'][number]['field'] },
        sector: device.sector as PhoneSnapshot['me']['sector'],
        cards: (table ? tableItems(db, table.id) : myItems(db, device.id, 'card')).map((r) => this.toMine(r)),
        ideas: table ? [] : myItems(db, device.id, 'idea').map((r) => this.toMine(r)),
        dots: participantDots(db, device.participant_id),
      },
    };
  }
}

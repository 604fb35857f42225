import './phone.css';
import type { MyItem, PhoneEvent, PhoneSnapshot, PhoneState, PublicCard, PublicIdea } from '../../shared/participants/contract';
import { clockTime, countdown } from './time';
import { FIELDS, SECTORS, STRINGS, type Lang, type Strings } from './strings';

// The phone page (participant mode): plain DOM, no framework, so it stays a few KB over plain
// HTTP on a venue Wi-Fi. Only APIs that work outside a secure context (no crypto.randomUUID,
// no Service Worker). Every write carries a client key and is retried with it until the laptop
// answers; the event stream resumes from the last id, and the page re-syncs on
// visibilitychange and pageshow (iOS Safari restores pages from the back/forward cache).

type Item = MyItem;
interface Model {
  state: PhoneState | null;
  cards: Map<number, PublicCard>;
  ideas: Map<number, PublicIdea>;
  /** a participant's own items; a table host's: its table and every card of it */
  mine: PhoneSnapshot['me'];
  seq: number;
  /** the laptop's clock minus this phone's (ms): the timer counts against the laptop */
  offset: number;
  phase: 'boot' | 'ready' | 'error' | 'ended';
  error: string;
  online: boolean;
  editing: number | null;
  notice: string;
}

const m: Model = {
  state: null,
  cards: new Map(),
  ideas: new Map(),
  mine: { role: 'participant', table: null, cards: [], ideas: [], dots: {}, sector: null },
  seq: 0,
  offset: 0,
  phase: 'boot',
  error: '',
  online: true,
  editing: null,
  notice: '',
};
let lang: Lang = (localStorage.getItem('sw-lang') as Lang | null) ?? (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'de');
let t: Strings = STRINGS[lang];
const code = (/\/j\/([A-Za-z0-9]+)/i.exec(location.pathname)?.[1] ?? '').toUpperCase();
const app = document.getElementById('app')!;

// ------------------------------------------------------------------ DOM helper (text only, never HTML)
type Attrs = Record<string, string | number | boolean | ((e: Event) => void) | undefined>;
function h(tag: string, attrs: Attrs = {}, ...kids: (Node | string | null | false | undefined)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const k of kids) if (k) el.append(k);
  return el;
}
const fmt = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k) => String(p[k] ?? ''));

// ------------------------------------------------------------------ network
function newKey(): string {
  const b = new Uint8Array(12);
  crypto.getRandomValues(b); // works over plain HTTP, unlike crypto.randomUUID
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

interface Reply<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}
/** The middle of the last answered request: the laptop's clock in an answer is read then (± half the round trip). */
let lastMidpoint = Date.now();
async function req<T>(path: string, body?: unknown): Promise<Reply<T> & { status: number }> {
  const sentAt = Date.now();
  const r = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'x-lang': lang, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  const j = (await r.json()) as Reply<T>;
  lastMidpoint = (sentAt + Date.now()) / 2;
  return { ...j, status: r.status };
}

/** A write: same key on every retry, retried while the network fails, never given up. */
async function write<T>(method: string, input: Record<string, unknown>): Promise<Reply<T>> {
  const key = newKey();
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await req<T>(`/p/api/${method}`, { ...input, key });
      if (r.status === 429 || r.status >= 500) throw new Error(String(r.status));
      if (r.status === 401) void boot();
      return r;
    } catch {
      setOnline(false);
      await new Promise((res) => setTimeout(res, Math.min(5000, 300 * 2 ** attempt)));
    }
  }
}

let es: EventSource | null = null;
let lastHeard = Date.now();
function listen(): void {
  es?.close();
  lastHeard = Date.now();
  es = new EventSource(`/p/api/events?last=${m.seq}`);
  es.onopen = () => setOnline(true);
  es.onmessage = (e) => {
    lastHeard = Date.now();
    if (e.lastEventId) m.seq = Number(e.lastEventId);
    apply(JSON.parse(e.data) as PhoneEvent);
  };
  es.addEventListener('ping', (e) => {
    lastHeard = Date.now();
    setOnline(true);
    // the ping carries the laptop's clock; follow it only when it drifted, so the countdown stays calm
    const off = Number((e as MessageEvent).data) - Date.now();
    if (off && Math.abs(off - m.offset) > 1500) m.offset = off;
  });
  es.onerror = () => setOnline(false); // EventSource retries by itself, sending Last-Event-ID
}
// A stream can die silently (Wi-Fi hand-over, a phone that slept): the laptop pings every 15 s,
// so 40 s of silence means reconnect and re-sync.
setInterval(() => {
  if (m.phase === 'ready' && document.visibilityState === 'visible' && Date.now() - lastHeard > 40000) void resync();
}, 10000);

function apply(ev: PhoneEvent): void {
  for (const op of ev.ops) {
    if (op.t === 'off') {
      m.phase = 'ended';
      es?.close();
    } else if (op.t === 'reset') void resync();
    else if (op.t === 'state') m.state = op.state;
    else if (op.t === 'card') m.cards.set(op.card.id, op.card);
    else if (op.t === 'card-') m.cards.delete(op.id);
    else if (op.t === 'idea') m.ideas.set(op.idea.id, op.idea);
    else if (op.t === 'idea-') m.ideas.delete(op.id);
    else if (op.t === 'table' && op.id === m.mine.table?.id) refreshMine();
  }
  for (const c of m.mine.cards) c.status = m.cards.has(c.id) ? 'shown' : c.status === 'shown' ? 'hidden' : c.status;
  for (const c of m.mine.ideas) c.status = m.ideas.has(c.id) ? 'shown' : c.status === 'shown' ? 'hidden' : c.status;
  render();
}

/** A table host's list changed (the facilitator typed, hid or moved a card of its table): fetch it. */
let mineTimer = 0;
function refreshMine(): void {
  clearTimeout(mineTimer);
  mineTimer = window.setTimeout(async () => {
    try {
      const r = await req<PhoneSnapshot>('/p/api/snapshot');
      if (r.ok && r.value) m.mine = r.value.me;
      render();
    } catch {
      // the next resync fetches it
    }
  }, 250);
}

function take(s: PhoneSnapshot): void {
  m.seq = s.seq;
  // The snapshot was built between sending and receiving: measured at the midpoint, the countdown
  // is not ahead by the request's travel time.
  m.offset = s.serverNow - lastMidpoint;
  m.state = s.state;
  m.cards = new Map(s.cards.map((c) => [c.id, c]));
  m.ideas = new Map(s.ideas.map((i) => [i.id, i]));
  m.mine = { ...s.me };
  m.phase = 'ready';
}

async function resync(): Promise<void> {
  try {
    const r = await req<PhoneSnapshot>('/p/api/snapshot');
    if (r.status === 401) return void boot();
    if (r.ok && r.value) take(r.value);
    setOnline(true);
    listen();
  } catch {
    setOnline(false);
    setTimeout(() => void resync(), 2000);
  }
  render();
}

async function boot(): Promise<void> {
  try {
    const r = await req<PhoneSnapshot>('/p/api/join', { code });
    if (!r.ok) {
      m.phase = 'error';
      m.error = r.error?.message ?? '';
    } else {
      take(r.value!);
      listen();
    }
    setOnline(true);
  } catch {
    m.phase = 'error';
    m.error = t.noConnection;
  }
  render();
}

function setOnline(v: boolean): void {
  if (m.online === v) return;
  m.online = v;
  const bar = document.getElementById('net');
  if (bar) bar.hidden = v;
}

// iOS Safari: background tabs lose their connection, and pages come back from the bfcache
// without a visibilitychange. Both: fetch a fresh snapshot and resume the stream.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && m.phase === 'ready') void resync();
});
window.addEventListener('pageshow', (e) => {
  if ((e as PageTransitionEvent).persisted && m.phase === 'ready') void resync();
});
window.addEventListener('online', () => {
  if (m.phase === 'ready') void resync();
});

// ------------------------------------------------------------------ view
let frameKey = '';
function render(): void {
  document.documentElement.lang = lang;
  const st = m.state;
  const key = `${m.phase}|${lang}|${st?.activity}|${st?.open}|${m.editing}|${m.mine.table?.name}`;
  if (key !== frameKey) {
    frameKey = key;
    app.replaceChildren(frame());
  }
  fillLists();
  tick();
}

/** The running agenda item: calm (no flashing), colour plus words when the time is up. */
function tick(): void {
  const el = document.getElementById('timer');
  if (!el) return;
  const a = m.state?.agenda;
  el.hidden = !a;
  if (!a) return;
  // (the clock estimate is good to half a round trip: never more than the item's length)
  const left = a.endsAt !== null ? Math.min(a.plannedMs, a.endsAt - (Date.now() + m.offset)) : (a.remainingMs ?? 0);
  const over = left < 0;
  const time =
    a.kind === 'pause' && !over
      ? fmt(t.pauseUntil, { time: clockTime(a.endsAt ?? Date.now() + m.offset + left) }) // the room's (laptop's) clock time
      : (over ? t.timeUp : countdown(left)) + (a.endsAt === null ? ` · ${t.held}` : '');
  const cls = over ? 'timer over' : 'timer';
  if (el.className !== cls) el.className = cls;
  const [title, value] = el.children;
  if (title.textContent !== a.title) title.textContent = a.title;
  if (value.textContent !== time) value.textContent = time;
}
setInterval(() => {
  if (m.phase === 'ready' && document.visibilityState === 'visible') tick();
}, 1000);

/** "Tisch 3: Zugang" stays as it is; "Nord" becomes "Tisch: Nord". */
const tableTitle = (name: string) => (/^(tisch|table)\b/i.test(name) ? name : fmt(t.table, { name }));

function header(): HTMLElement {
  return h(
    'header',
    { class: 'top' },
    h('h1', {
      text: m.mine.table ? tableTitle(m.mine.table.name) : m.state?.municipality ? `${t.title} · ${m.state.municipality}` : t.title,
    }),
    h(
      'button',
      {
        type: 'button',
        class: 'lang',
        lang: t.langCode,
        onclick: () => {
          lang = lang === 'de' ? 'en' : 'de';
          t = STRINGS[lang];
          localStorage.setItem('sw-lang', lang);
          render();
        },
      },
      t.lang,
    ),
  );
}

function frame(): HTMLElement {
  const net = h('p', { id: 'net', class: 'net', role: 'status', text: t.offline });
  net.hidden = m.online;
  if (m.phase === 'boot') return h('div', {}, header(), h('p', { class: 'msg', text: t.connecting }));
  if (m.phase === 'ended') return h('div', {}, header(), h('p', { class: 'msg big', role: 'status', text: t.ended }));
  if (m.phase === 'error') {
    return h(
      'div',
      {},
      header(),
      h('p', { class: 'msg error', role: 'alert', text: m.error }),
      h('button', { type: 'button', class: 'primary', onclick: () => void boot() }, t.retry),
    );
  }
  const st = m.state!;
  // a table host captures its table's cards while strengths are collected, and waits otherwise
  const act = m.mine.table ? (st.activity === 'cards' ? 'cards' : 'none') : st.activity;
  const parts: (Node | null)[] = [header(), net, h('p', { id: 'timer', class: 'timer', role: 'timer' }, h('span'), h('strong'))];
  if (!st.open) parts.push(h('p', { class: 'msg warn', role: 'status', text: t.paused }));
  if (act === 'cards' || act === 'ideas') parts.push(writer(act, st.open));
  else if (act === 'dots')
    parts.push(
      h(
        'section',
        {},
        h('h2', { text: t.dotsTitle }),
        h('p', { id: 'left', class: 'left', 'aria-live': 'polite' }),
        h('p', { class: 'hint', text: t.dotsHint }),
        h('ul', { id: 'dots', class: 'dots' }),
      ),
    );
  else if (act === 'result') parts.push(h('section', {}, h('h2', { text: t.resultTitle }), h('ol', { id: 'result', class: 'result' })));
  else parts.push(h('section', {}, h('h2', { text: t.waitTitle }), h('p', { class: 'msg', text: t.wait })));
  parts.push(h('p', { id: 'notice', class: 'notice', role: 'status', 'aria-live': 'polite' }));
  if (m.mine.table && act === 'none') parts.push(h('section', {}, h('h2', { text: t.tableCards }), h('ul', { id: 'mine', class: 'mine' })));
  if (act === 'cards' || act === 'none') parts.push(h('section', {}, h('h2', { text: t.all }), h('ul', { id: 'board', class: 'board' })));
  if (act === 'ideas') parts.push(h('section', {}, h('h2', { text: t.all }), h('ul', { id: 'ideas', class: 'board' })));
  parts.push(h('footer', { class: 'privacy', text: t.privacy }));
  return h('div', {}, ...parts);
}

function select(
  id: string,
  label: string,
  options: [string, string, string][],
  empty: string,
  value: string | null,
  onchange?: (v: string | null) => void,
): HTMLElement {
  const s = h(
    'select',
    { id, onchange: onchange ? (e: Event) => onchange((e.target as HTMLSelectElement).value || null) : undefined },
    h('option', { value: '', text: empty }),
    ...options.map(([k, de, en]) => h('option', { value: k, text: lang === 'de' ? de : en, selected: k === value })),
  );
  return h('div', { class: 'row' }, h('label', { for: id, text: label }), s);
}

function writer(kind: 'cards' | 'ideas', open: boolean): HTMLElement {
  const isCard = kind === 'cards';
  const editing = m.editing !== null ? (isCard ? m.mine.cards : m.mine.ideas).find((c) => c.id === m.editing) : undefined;
  const ta = h('textarea', { id: 'text', rows: 3, maxlength: 500, required: true, disabled: !open, autocomplete: 'off' }) as HTMLTextAreaElement;
  if (editing) ta.value = editing.text;
  const form = h(
    'form',
    {
      class: 'writer',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void submit(kind, ta, form);
      },
    },
    h('h2', { text: isCard ? t.cardsTitle : t.ideasTitle }),
    h('label', { for: 'text', text: isCard ? t.cardLabel : t.ideaLabel }),
    ta,
    isCard ? select('field', t.field, FIELDS, t.noField, editing ? editing.field : (m.mine.table?.field ?? null)) : null,
    isCard && !m.mine.table
      ? select('sector', t.sector, SECTORS, t.noSector, m.mine.sector, (v) => {
          m.mine.sector = v;
          void write('profile', { sector: v }).then((r) => !r.ok && notice(r.error?.message ?? ''));
        })
      : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', disabled: !open }, editing ? t.save : isCard ? t.send : t.sendIdea),
      editing
        ? h(
            'button',
            {
              type: 'button',
              onclick: () => {
                m.editing = null;
                render();
              },
            },
            t.cancel,
          )
        : null,
    ),
  );
  return h('section', {}, form, h('h2', { text: m.mine.table ? t.tableCards : t.mine }), h('ul', { id: 'mine', class: 'mine' }));
}

async function submit(kind: 'cards' | 'ideas', ta: HTMLTextAreaElement, form: HTMLElement): Promise<void> {
  const text = ta.value.trim();
  if (!text) return notice(t.empty);
  const btn = form.querySelector('button[type=submit]') as HTMLButtonElement;
  btn.disabled = true;
  notice(t.sending);
  const field = kind === 'cards' ? (document.getElementById('field') as HTMLSelectElement | null)?.value || null : undefined;
  const editing = m.editing;
  const r =
    editing !== null
      ? await write<Item>(`${kind}.update`, { id: editing, text, ...(kind === 'cards' ? { field } : {}) })
      : // the card carries the sector chosen here, whatever became of the profile write
        await write<Item>(`${kind}.add`, { text, ...(kind === 'cards' ? { field, ...(m.mine.table ? {} : { sector: m.mine.sector }) } : {}) });
  btn.disabled = false;
  if (!r.ok) return notice(r.error?.message ?? '');
  const list = kind === 'cards' ? m.mine.cards : m.mine.ideas;
  const item = r.value!;
  const at = list.findIndex((c) => c.id === item.id);
  if (at >= 0) list[at] = item;
  else list.push(item);
  ta.value = '';
  m.editing = null;
  notice(t.sent);
  render();
  (document.getElementById('text') as HTMLTextAreaElement | null)?.focus();
}

function notice(s: string): void {
  const n = document.getElementById('notice');
  if (n) n.textContent = s;
}

function fillLists(): void {
  const st = m.state;
  const board = document.getElementById('board');
  if (board) {
    const cards = [...m.cards.values()].reverse();
    board.replaceChildren(
      ...(cards.length
        ? cards.map((c) => h('li', {}, h('span', { text: c.text }), c.sector ? h('span', { class: `tag s-${c.sector}`, text: sectorName(c.sector) }) : null))
        : [h('li', { class: 'empty', text: t.none })]),
    );
  }
  const ideas = document.getElementById('ideas');
  if (ideas)
    ideas.replaceChildren(...(m.ideas.size ? [...m.ideas.values()].map((i) => h('li', { text: i.text })) : [h('li', { class: 'empty', text: t.none })]));
  const mine = document.getElementById('mine');
  if (mine && st) {
    const kind = st.activity === 'ideas' && !m.mine.table ? 'ideas' : 'cards';
    // edits and withdrawals only while this activity is open (the laptop refuses them otherwise)
    const canEdit = !!document.getElementById('text') && st.open;
    const list = kind === 'ideas' ? m.mine.ideas : m.mine.cards;
    mine.replaceChildren(
      ...(list.length
        ? list.map((c) =>
            h(
              'li',
              {},
              h('span', { class: 'text', text: c.text }),
              c.status !== 'shown' ? h('span', { class: 'badge', text: c.status === 'review' ? t.review : t.hidden }) : null,
              h(
                'span',
                { class: 'item-actions' },
                canEdit &&
                  h(
                    'button',
                    {
                      type: 'button',
                      'aria-label': `${t.edit}: ${c.text}`,
                      onclick: () => {
                        m.editing = c.id;
                        render();
                      },
                    },
                    t.edit,
                  ),
                canEdit && h('button', { type: 'button', 'aria-label': `${t.withdraw}: ${c.text}`, onclick: () => void withdraw(kind, c.id) }, t.withdraw),
              ),
            ),
          )
        : [h('li', { class: 'empty', text: t.none })]),
    );
  }
  const dots = document.getElementById('dots');
  if (dots && st) {
    const used = Object.values(m.mine.dots).reduce((a, b) => a + b, 0);
    document.getElementById('left')!.textContent = fmt(t.dotsLeft, { left: st.dots.budget - used, max: st.dots.budget });
    dots.replaceChildren(
      ...[...m.ideas.values()].map((i) => {
        const n = m.mine.dots[String(i.id)] ?? 0;
        const full = used >= st.dots.budget || (!st.dots.allowMultiple && n >= 1);
        return h(
          'li',
          {},
          h('span', { class: 'text', text: i.text }),
          h(
            'span',
            { class: 'stepper' },
            h(
              'button',
              { type: 'button', class: 'round', 'aria-label': `${t.less} ${i.text}`, disabled: n === 0 || !st.open, onclick: () => void setDots(i.id, n - 1) },
              '−',
            ),
            h('output', { class: 'count', 'aria-label': `${n} ${n === 1 ? t.dot : t.dots}`, text: String(n) }),
            h(
              'button',
              { type: 'button', class: 'round', 'aria-label': `${t.more} ${i.text}`, disabled: full || !st.open, onclick: () => void setDots(i.id, n + 1) },
              '+',
            ),
          ),
        );
      }),
    );
  }
  const result = document.getElementById('result');
  if (result && st?.result) {
    result.replaceChildren(
      // the laptop's rank (equal dots, equal rank: "7." twice, as on the projector), not the list's own numbering
      ...st.result.map((r) => {
        const tied = st.result!.some((o) => o.id !== r.id && o.rank === r.rank);
        return h(
          'li',
          {},
          h('span', { class: 'rank', text: `${r.rank}.` }),
          h('span', { class: 'text', text: r.text }),
          h(
            'span',
            { class: 'score' },
            h('span', { class: 'count', text: `${r.dots} ${r.dots === 1 ? t.dot : t.dots}` }),
            tied ? h('span', { class: 'tied', text: ` ${t.tied}` }) : null,
          ),
        );
      }),
    );
  }
}

const sectorName = (k: string) => {
  const s = SECTORS.find((x) => x[0] === k);
  return s ? (lang === 'de' ? s[1] : s[2]) : k;
};

async function withdraw(kind: 'cards' | 'ideas', id: number): Promise<void> {
  const r = await write(`${kind}.withdraw`, { id });
  if (!r.ok) return notice(r.error?.message ?? '');
  if (kind === 'cards') m.mine.cards = m.mine.cards.filter((c) => c.id !== id);
  else m.mine.ideas = m.mine.ideas.filter((c) => c.id !== id);
  render();
}

async function setDots(ideaId: number, count: number): Promise<void> {
  const r = await write<{ dots: Record<string, number> }>('dots.set', { ideaId, count });
  if (!r.ok) return notice(r.error?.message ?? '');
  m.mine.dots = r.value!.dots;
  notice('');
  render();
}

render();
void boot();

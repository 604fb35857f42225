import type React from 'react';
import { createContext, memo, useCallback, useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { Board, Card } from '../../../../shared/domain/schemas';
import { ZoomButton } from '../../components/ProjectorControls';
import { useApp } from '../../stores/app';
import { useBoardStore } from '../../stores/data';
import { useT } from '../../i18n';
import { SectorTag } from '../../components/SectorTag';
import { TableTag } from './TableBoard';
import { useTablesStore } from './tables';
import { groupBoard, splitColumns, type Group } from './board';
import { focusSoon, say, useBoardUi } from './ui';
import { cardHandle, mergeThemes, moveCard, themeControl } from './actions';

const NO_CLUSTERS: Board['clusters'] = [];
const DND_ID = 'staerken-dnd'; // also the id of dnd-kit's hidden drag instructions (aria-describedby)
const CARD_DRAG_ID = 'card';
const dropId = (clusterId: number | null | 'new') => `drop:${clusterId ?? 'none'}`;
type DragData = { type: 'card'; card: Card } | { type: 'cluster'; id: number; label: string; count: number };
type DropData = { clusterId: number | null | 'new'; label: string };

const countLabel = (t: ReturnType<typeof useT>, n: number) => t('cards.count', { n });

/**
 * One draggable for all cards (performance): dnd-kit re-renders every useDraggable user whenever the
 * theme under the pointer changes, and with 300 cards that cost frames. So the cards are plain
 * elements; pressing one (pointer or Space on its handle) points this single draggable at that card
 * and hands the event on. Only this host, the themes (drop targets) and the overlay re-render while
 * dragging.
 */
type StartCardDrag = (card: Card, slot: HTMLElement, handle: HTMLElement | null, event: React.PointerEvent | React.KeyboardEvent) => void;
const CardDragContext = createContext<{ current: StartCardDrag | null }>({ current: null });

function CardDragHost({ start }: { start: { current: StartCardDrag | null } }) {
  const data = useRef<DragData>({ type: 'card', card: null as unknown as Card }).current;
  const { listeners, setNodeRef, setActivatorNodeRef } = useDraggable({ id: CARD_DRAG_ID, data });
  start.current = (card, slot, handle, event) => {
    (data as { card: Card }).card = card;
    setNodeRef(slot);
    setActivatorNodeRef(handle);
    if (event.type === 'pointerdown') (listeners?.onPointerDown as ((e: React.PointerEvent) => void) | undefined)?.(event as React.PointerEvent);
    else (listeners?.onKeyDown as ((e: React.KeyboardEvent) => void) | undefined)?.(event as React.KeyboardEvent);
  };
  return null;
}

export function BoardView({ board }: { board: Board }) {
  const t = useT();
  const overrides = useBoardUi((s) => s.overrides);
  const groups = useMemo(() => groupBoard(board, t('cards.unclustered'), overrides), [board, overrides, t]);
  const [active, setActive] = useState<DragData | null>(null);
  useEffect(() => {
    const ui = useBoardUi.getState();
    for (const [id, cid] of ui.overrides) {
      const c = board.cards.find((x) => x.id === id);
      if (!c || c.clusterId === cid) ui.clearOverride(id);
    }
  }, [board]);
  const order = useRef<string[]>([]);
  // The order the room reads the board: the left column top to bottom, then the right one.
  const [leftCol, rightCol] = splitColumns(groups);
  order.current = [dropId('new'), ...leftCol.map((g) => dropId(g.id)), ...rightCol.map((g) => dropId(g.id))];

  // Keyboard dragging (WCAG 2.5.7): arrow keys jump from one theme to the next, in reading order.
  // The theme chosen by keyboard: the next target counts from it, and collision detection returns
  // it as is, so neither scrolling nor the moved card's size can make a step land elsewhere.
  const kbTarget = useRef<string | null>(null);
  const coordinateGetter: KeyboardCoordinateGetter = useCallback((event, { context: { collisionRect, droppableRects, over } }) => {
    const dir = ({ ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 } as Record<string, number>)[event.code];
    if (!dir || !collisionRect) return undefined;
    event.preventDefault();
    const ids = order.current.filter((id) => droppableRects.has(id));
    const from = kbTarget.current ?? (over ? String(over.id) : null);
    const cur = from ? ids.indexOf(from) : -1;
    const next = Math.max(0, Math.min(ids.length - 1, cur + dir));
    kbTarget.current = ids[next];
    const rect = droppableRects.get(ids[next]);
    if (!rect) return undefined;
    return { x: rect.left + 4, y: rect.top + 4 };
  }, []);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter, keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] } }),
  );

  const collision: CollisionDetection = useCallback((args) => {
    if (args.pointerCoordinates) return pointerWithin(args);
    const chosen = kbTarget.current && args.droppableContainers.find((c) => c.id === kbTarget.current);
    if (chosen) return [{ id: chosen.id, data: { droppableContainer: chosen, value: 0 } }];
    // keyboard: the theme under the top-left corner of the moved card
    const r = args.collisionRect;
    return pointerWithin({ ...args, pointerCoordinates: { x: r.left + 2, y: r.top + 2 } });
  }, []);

  const labelOf = (id: UniqueIdentifier | undefined) => {
    const g = groups.find((x) => dropId(x.id) === id);
    return g ? g.label : id === dropId('new') ? t('board.newCluster') : '';
  };
  const nameOf = (d: DragData | undefined) => (d?.type === 'card' ? d.card.text : d?.type === 'cluster' ? d.label : '');
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('board.dragStart', { text: nameOf(a.data.current as DragData) }),
    onDragOver: ({ over }) => (over ? t('board.dragOver', { label: labelOf(over.id) }) : undefined),
    onDragEnd: ({ active: a, over }) =>
      over ? t('board.dropped', { text: nameOf(a.data.current as DragData), label: labelOf(over.id) }) : t('board.dragCancel'),
    onDragCancel: () => t('board.dragCancel'),
  };

  const startCardDrag = useRef<StartCardDrag | null>(null);
  const onDragStart = (e: DragStartEvent) => {
    const d = e.active.data.current as DragData;
    // by keyboard, the walk starts at the theme the card (or theme) is in
    kbTarget.current = e.activatorEvent instanceof KeyboardEvent ? dropId(d.type === 'card' ? d.card.clusterId : d.id) : null;
    setActive(d.type === 'card' ? { ...d } : d);
    if (d.type === 'card') useBoardUi.getState().set({ dragging: d.card.id });
  };
  const stop = () => {
    kbTarget.current = null;
    setActive(null);
    useBoardUi.getState().set({ dragging: null });
  };
  const onDragEnd = (e: DragEndEvent) => {
    stop();
    const d = e.active.data.current as DragData | undefined;
    const target = e.over?.data.current as DropData | undefined;
    if (!d || !target) return;
    const keyboard = e.activatorEvent instanceof KeyboardEvent;
    if (d.type === 'card') {
      // keyboard users keep their place: the focus follows the moved card
      if (keyboard) focusSoon(cardHandle(d.card.id));
      void moveCard(d.card, target.clusterId, t);
    } else if (d.type === 'cluster' && typeof target.clusterId === 'number' && target.clusterId !== d.id) {
      if (keyboard) focusSoon(themeControl(target.clusterId, 'handle'));
      void mergeThemes(d.id, target.clusterId, t);
    }
  };

  return (
    <DndContext
      id={DND_ID}
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={stop}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.keysHint') }, restoreFocus: false }}
    >
      <CardDragHost start={startCardDrag} />
      <MovePicker groups={groups} order={[...leftCol, ...rightCol]} />
      <CardDragContext.Provider value={startCardDrag}>
        <BoardGrid groups={groups} newLabel={t('board.newClusterDrop')} />
      </CardDragContext.Provider>
      <DragOverlay dropAnimation={null}>
        <Overlay active={active} />
      </DragOverlay>
    </DndContext>
  );
}

/** The themes; memoised so that starting or ending a drag does not re-render the board. */
const BoardGrid = memo(function BoardGrid({ groups, newLabel }: { groups: Group[]; newLabel: string }) {
  const [left, right] = splitColumns(groups);
  return (
    <div className="board-grid" data-testid="board">
      <div className="board-col">
        <NewClusterDrop label={newLabel} />
        {left.map((g) => (
          <ClusterBox key={g.id ?? 'none'} group={g} />
        ))}
      </div>
      <div className="board-col">
        {right.map((g) => (
          <ClusterBox key={g.id ?? 'none'} group={g} />
        ))}
      </div>
    </div>
  );
});

/** What follows the pointer: a copy of the card or the theme's name (re-renders alone on every move). */
const Overlay = memo(function Overlay({ active }: { active: DragData | null }) {
  const t = useT();
  if (active?.type === 'card')
    return (
      <div className="card card-overlay">
        <SectorTag sector={active.card.sector} />
        <span className="card-text" lang="de">
          {active.card.text}
        </span>
      </div>
    );
  if (active?.type === 'cluster')
    return (
      <div className="cluster-overlay">
        {active.label} <span className="count">{countLabel(t, active.count)}</span>
      </div>
    );
  return null;
});

function NewClusterDrop({ label }: { label: string }) {
  const { setNodeRef, isOver, active } = useDroppable({ id: dropId('new'), data: { clusterId: 'new', label } satisfies DropData });
  const cardActive = active?.id === CARD_DRAG_ID;
  return (
    <div ref={setNodeRef} className={`new-drop${cardActive ? ' is-active' : ''}${isOver ? ' is-over' : ''}`} data-testid="new-cluster-drop">
      {label}
    </div>
  );
}

function sameGroup(a: { group: Group }, b: { group: Group }) {
  const x = a.group;
  const y = b.group;
  return (
    x.id === y.id &&
    x.label === y.label &&
    x.labelLocked === y.labelLocked &&
    x.cards.length === y.cards.length &&
    x.cards.every((c, i) => sameCard({ card: c }, { card: y.cards[i] }))
  );
}

const ClusterBox = memo(function ClusterBox({ group }: { group: Group }) {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: dropId(group.id), data: { clusterId: group.id, label: group.label } satisfies DropData });
  const drag = useDraggable({
    id: `cluster:${group.id ?? 'none'}`,
    disabled: group.id === null,
    data: { type: 'cluster', id: group.id ?? 0, label: group.label, count: group.cards.length } satisfies DragData,
  });
  return (
    <section
      ref={setNodeRef}
      className={`cluster${isOver ? ' is-over' : ''}${group.id === null ? ' is-loose' : ''}${drag.isDragging ? ' is-dragging' : ''}`}
      aria-label={group.label}
      data-testid="cluster"
      data-cluster-id={group.id ?? 'none'}
    >
      <ClusterHeader group={group} drag={drag} />
      <CardList cards={group.cards} />
      {group.cards.length === 0 && <p className="hint cluster-empty">{t('board.newClusterDrop')}</p>}
    </section>
  );
}, sameGroup);

function ClusterHeader({ group, drag }: { group: Group; drag: ReturnType<typeof useDraggable> }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const editing = useBoardUi((s) => s.editingCluster === group.id && group.id !== null);
  const menuOpen = useBoardUi((s) => s.menu === `cluster:${group.id}`);
  const selectedKey = useBoardUi((s) =>
    s.selected.size
      ? group.cards
          .filter((c) => s.selected.has(c.id))
          .map((c) => c.id)
          .join(',')
      : '',
  );
  const selectedHere = selectedKey ? selectedKey.split(',').map(Number) : [];
  const setUi = useBoardUi((s) => s.set);
  const startEdit = () => group.id !== null && setUi({ editingCluster: group.id });
  const onKey = (e: ReactKeyboardEvent) => {
    if (e.key === 'F2') {
      e.preventDefault();
      startEdit();
    }
  };
  return (
    <header className="cluster-head" ref={drag.setNodeRef}>
      {group.id !== null && (
        <button
          type="button"
          className="drag-handle"
          ref={drag.setActivatorNodeRef}
          {...drag.attributes}
          {...drag.listeners}
          onKeyDown={(e) => {
            onKey(e);
            drag.listeners?.onKeyDown?.(e);
          }}
          aria-label={t('board.clusterHandle', { label: group.label })}
          title={t('board.clusterHandle', { label: group.label })}
        >
          ⠿
        </button>
      )}
      {editing ? (
        <RenameInput group={group} />
      ) : (
        <h3 onDoubleClick={startEdit} lang="de" data-testid="cluster-label">
          {group.label}
          {group.labelLocked && (
            <span className="lock" title={t('board.locked')} aria-label={t('board.locked')}>
              {' '}
              ✎
            </span>
          )}
        </h3>
      )}
      <span className="count" data-testid="cluster-count">
        {countLabel(t, group.cards.length)}
      </span>
      {group.id !== null && <ZoomButton focus={{ kind: 'cluster', id: group.id }} label={group.label} />}
      {group.id !== null && selectedHere.length > 0 && (
        <button
          type="button"
          className="small"
          onClick={async () => {
            say();
            // where the focus was when the user pressed it: focused elsewhere meanwhile, it stays there
            const from = document.activeElement;
            const made = await run('clusters.split', { id: group.id!, cardIds: selectedHere });
            useBoardUi.getState().clearSelection();
            if (!made) return;
            say(t('board.splitDone', { n: selectedHere.length }), { placed: selectedHere.map((id) => [id, made.clusterId]) });
            // this button goes with the selection: the focus goes to the new theme
            focusSoon(themeControl(made.clusterId, 'menu'), 3000, from);
          }}
        >
          {t('board.splitSelected', { n: selectedHere.length })}
        </button>
      )}
      {group.id !== null && (
        <button
          type="button"
          className="small menu-button"
          aria-expanded={menuOpen}
          aria-label={t('board.clusterMenu', { label: group.label })}
          onClick={() => setUi({ menu: menuOpen ? null : `cluster:${group.id}` })}
        >
          ⋯
        </button>
      )}
      {menuOpen && group.id !== null && <ClusterMenu group={group} />}
    </header>
  );
}

/**
 * Text edited in place on the board (a theme's name, a card's text): Enter or leaving the field
 * saves, Esc cancels; keys stay in the field (no board shortcut fires). Finishes once.
 */
function InlineEdit({
  initial,
  label,
  className,
  maxLength,
  selectAll = false,
  lang,
  onFinish,
}: {
  initial: string;
  label: string;
  className: string;
  maxLength: number;
  selectAll?: boolean;
  lang?: string;
  /** `byKey`: Enter or Esc (the focus is to go back to the board), not leaving the field */
  onFinish: (value: string | null, byKey: boolean) => Promise<unknown> | void;
}) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const finish = (save: boolean, byKey: boolean) => {
    if (done.current) return;
    done.current = true;
    void onFinish(save ? value.trim() : null, byKey);
  };
  return (
    <input
      className={className}
      aria-label={label}
      value={value}
      maxLength={maxLength}
      lang={lang}
      autoFocus
      onFocus={selectAll ? (e) => e.target.select() : undefined}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true, false)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true, true);
        if (e.key === 'Escape') finish(false, true);
      }}
    />
  );
}

function RenameInput({ group }: { group: Group }) {
  const t = useT();
  // Renaming started with F2 on the theme's handle goes back there; from the menu, a double click
  // or "+ Neues Thema" to the theme's "⋯" button (the menu's own button is gone with the menu).
  const [fromHandle] = useState(() => document.activeElement?.matches('.cluster-head > .drag-handle') ?? false);
  return (
    <InlineEdit
      initial={group.label}
      label={t('board.renameLabel')}
      className="rename-input"
      maxLength={80}
      selectAll
      onFinish={async (v, byKey) => {
        const id = group.id!;
        useBoardUi.getState().set({ editingCluster: null });
        if (byKey) focusSoon(themeControl(id, fromHandle ? 'handle' : 'menu'));
        if (v === null || v === group.label) return;
        say();
        if (await useApp.getState().run('clusters.rename', { id, label: v }))
          say(v ? t('board.renamed', { label: v }) : t('board.renamedAuto'), { named: [[id, v || null]] });
      }}
    />
  );
}

function ClusterMenu({ group }: { group: Group }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const clusters = useBoardStore((s) => s.data?.clusters ?? NO_CLUSTERS);
  const close = () => useBoardUi.getState().set({ menu: null });
  return (
    <div className="menu" role="group" aria-label={t('board.clusterMenu', { label: group.label })}>
      <button
        type="button"
        onClick={() => {
          close();
          useBoardUi.getState().set({ editingCluster: group.id });
        }}
      >
        {t('board.rename')}
      </button>
      <select
        aria-label={t('board.mergeInto')}
        value=""
        onChange={(e) => {
          close();
          if (!e.target.value) return;
          const targetId = Number(e.target.value);
          // this theme goes: the focus goes to the one it joined
          focusSoon(themeControl(targetId, 'menu'));
          void mergeThemes(group.id!, targetId, t);
        }}
      >
        <option value="">{t('board.mergeInto')}</option>
        {clusters
          .filter((c) => c.id !== group.id)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
      </select>
      <button
        type="button"
        onClick={async () => {
          close();
          const id = group.id!;
          const cards = group.cards.map((c) => c.id);
          // the theme goes: the focus goes to its first card, now without a theme
          if (cards.length) focusSoon(cardHandle(cards[0]));
          say();
          if (await run('clusters.delete', { id })) say(t('board.dissolved', { n: cards.length }), { goneClusters: [id], placed: cards.map((c) => [c, null]) });
        }}
      >
        {t('board.dissolve')}
      </button>
    </div>
  );
}

const CardList = memo(
  function CardList({ cards }: { cards: Card[] }) {
    return (
      <ul>
        {cards.map((c) => (
          <DraggableCard key={c.id} card={c} />
        ))}
      </ul>
    );
  },
  (a, b) => a.cards.length === b.cards.length && a.cards.every((c, i) => sameCard({ card: c }, { card: b.cards[i] })),
);

const DraggableCard = memo(function DraggableCard({ card }: { card: Card }) {
  const t = useT();
  const start = useContext(CardDragContext);
  const isDragging = useBoardUi((s) => s.dragging === card.id);
  const slot = useRef<HTMLLIElement>(null);
  const handle = useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: ReactKeyboardEvent) => {
    if ((e.target as HTMLElement).closest('input, select, textarea')) return;
    if (e.key === 'F2') {
      e.preventDefault();
      useBoardUi.getState().set({ editingCard: card.id });
    } else if ((e.key === 'm' || e.key === 'M') && !e.ctrlKey && !e.metaKey && !e.altKey && !isDragging) {
      // "Verschieben nach …": a list to type in, any theme in at most three keys
      e.preventDefault();
      useBoardUi.getState().set({ moving: card.id });
    } else if (e.key === 'Delete' && !isDragging) {
      e.preventDefault();
      deleteCard(card);
    }
  };
  return (
    <li
      ref={slot}
      className={`card-slot${isDragging ? ' is-dragging' : ''}`}
      data-testid="card"
      data-card-id={card.id}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => slot.current && start.current?.(card, slot.current, handle.current, e)}
    >
      <button
        type="button"
        className="drag-handle"
        ref={handle}
        aria-roledescription="draggable"
        aria-describedby={DND_ID}
        aria-pressed={isDragging}
        onKeyDown={(e) => slot.current && start.current?.(card, slot.current, handle.current, e)}
        aria-label={t('board.dragHandle', { text: card.text })}
      >
        ⠿
      </button>
      <CardBody card={card} />
    </li>
  );
}, sameCard);

function sameCard(a: { card: Card }, b: { card: Card }) {
  const x = a.card;
  const y = b.card;
  return (
    x.id === y.id &&
    x.text === y.text &&
    x.sector === y.sector &&
    x.field === y.field &&
    x.hidden === y.hidden &&
    x.pinned === y.pinned &&
    x.clusterId === y.clusterId &&
    x.origin === y.origin &&
    x.tableId === y.tableId &&
    x.moderation === y.moderation
  );
}

const CardBody = memo(function CardBody({ card }: { card: Card }) {
  const t = useT();
  const run = useApp((s) => s.run);
  const selected = useBoardUi((s) => s.selected.has(card.id));
  const editing = useBoardUi((s) => s.editingCard === card.id);
  const menuOpen = useBoardUi((s) => s.menu === `card:${card.id}`);
  const flash = useBoardUi((s) => s.flash === card.id);
  const ui = useBoardUi.getState;
  return (
    <div className={`card${card.hidden ? ' is-hidden' : ''}${selected ? ' is-selected' : ''}${flash ? ' is-flash' : ''}`}>
      {card.clusterId !== null && (
        <input
          type="checkbox"
          className="card-select"
          checked={selected}
          onChange={() => ui().toggleSelect(card.id)}
          aria-label={`${t('board.select')}: ${card.text}`}
        />
      )}
      <SectorTag sector={card.sector} />
      {editing ? (
        <CardEdit card={card} />
      ) : (
        <span className="card-text" lang="de" onDoubleClick={() => ui().set({ editingCard: card.id })}>
          {card.text}
          {card.field && <span className="field-tag">{t.fieldShort(card.field)}</span>}
          {card.tableId !== null && <TableTag id={card.tableId} />}
        </span>
      )}
      {card.pinned && (
        <span className="pin" title={t('board.pinnedHint')}>
          {t('board.pinned')}
        </span>
      )}
      {card.origin === 'phone' && (
        <span className="badge origin-phone" title={t('phones.fromPhoneHint')}>
          {t('phones.fromPhone')}
        </span>
      )}
      {card.moderation ? (
        <span className="badge is-review">{t(card.moderation === 'flagged' ? 'phones.flagged' : 'phones.pending')}</span>
      ) : (
        card.hidden && <span className="badge">{t('cards.hidden')}</span>
      )}
      <span className="card-actions">
        {card.moderation ? (
          <button
            type="button"
            onClick={() => {
              say();
              void run('participants.approve', { kind: 'card', id: card.id });
            }}
          >
            {t('phones.approve')}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => {
              say();
              void run('cards.update', { id: card.id, hidden: !card.hidden });
            }}
          >
            {card.hidden ? t('cards.show') : t('cards.hide')}
          </button>
        )}
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-label={t('board.cardMenu')}
          title={t('board.cardMenu')}
          onClick={() => ui().set({ menu: menuOpen ? null : `card:${card.id}` })}
        >
          ⋯
        </button>
      </span>
      {menuOpen && <CardMenu card={card} />}
    </div>
  );
}, sameCard);

function CardEdit({ card }: { card: Card }) {
  const t = useT();
  return (
    <InlineEdit
      initial={card.text}
      label={t('board.editLabel')}
      className="card-edit"
      maxLength={500}
      lang="de"
      onFinish={async (v, byKey) => {
        useBoardUi.getState().set({ editingCard: null });
        if (byKey) focusSoon(cardHandle(card.id));
        if (!v || v === card.text) return;
        say();
        await useApp.getState().run('cards.update', { id: card.id, text: v.slice(0, 500) });
      }}
    />
  );
}

function CardMenu({ card }: { card: Card }) {
  const t = useT();
  const clusters = useBoardStore((s) => s.data?.clusters ?? NO_CLUSTERS);
  const close = () => useBoardUi.getState().set({ menu: null });
  return (
    <div className="menu card-menu" role="group" aria-label={t('board.cardMenu')}>
      <select
        aria-label={t('board.moveTo')}
        data-testid="move-to"
        value=""
        onChange={(e) => {
          close();
          const v = e.target.value;
          if (!v) return;
          // the menu goes: the focus follows the card to its new place
          focusSoon(cardHandle(card.id));
          void moveCard(card, v === 'none' ? null : v === 'new' ? 'new' : Number(v), t);
        }}
      >
        <option value="">{t('board.moveTo')}</option>
        {clusters
          .filter((c) => c.id !== card.clusterId)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        <option value="new">{t('board.newCluster')}</option>
        {card.clusterId !== null && <option value="none">{t('board.moveNone')}</option>}
      </select>
      <CardTableSelect card={card} onDone={close} />
      <button
        type="button"
        onClick={() => {
          close();
          useBoardUi.getState().set({ editingCard: card.id });
        }}
      >
        {t('board.edit')}
      </button>
      <button
        type="button"
        onClick={() => {
          close();
          deleteCard(card);
        }}
      >
        {t('cards.delete')}
      </button>
    </div>
  );
}

/** Deletes a card (undo brings it back); the focus goes to its neighbour in the theme. */
function deleteCard(card: Card) {
  const slot = document.querySelector(`.board-grid [data-card-id="${card.id}"]`);
  const next = (slot?.nextElementSibling ?? slot?.previousElementSibling) as HTMLElement | null | undefined;
  if (next?.dataset.cardId) focusSoon(cardHandle(Number(next.dataset.cardId)));
  say();
  void useApp.getState().run('cards.delete', { id: card.id });
}

/** "Tisch der Karte": a card typed for the wrong table moves to another one (or to none). */
function CardTableSelect({ card, onDone }: { card: Card; onDone: () => void }) {
  const t = useT();
  const tables = useTablesStore((s) => s.data);
  if (!tables?.length) return null;
  return (
    <select
      aria-label={t('tables.changeTable')}
      data-testid="card-table-select"
      value={card.tableId ?? ''}
      onChange={(e) => {
        onDone();
        focusSoon(cardHandle(card.id));
        say();
        void useApp.getState().run('cards.update', { id: card.id, tableId: e.target.value ? Number(e.target.value) : null });
      }}
    >
      <option value="">{t('tables.none')}</option>
      {tables.map((x) => (
        <option key={x.id} value={x.id}>
          {x.name}
        </option>
      ))}
    </select>
  );
}

/** Does `label` have a word starting with `q` (case- and umlaut-insensitive enough for German)? */
export function matchesTheme(label: string, q: string): boolean {
  const norm = (x: string) => x.toLocaleLowerCase('de-DE');
  const query = norm(q.trim());
  if (!query) return true;
  return (
    norm(label)
      .split(/[^\p{L}\p{N}]+/u)
      .some((w) => w.startsWith(query)) || norm(label).includes(query)
  );
}

/**
 * "Verschieben nach …" for a card (M on a focused card): a list of every theme in the board's
 * reading order, plus "Neues Thema" and "Ohne Thema". Typing narrows it to themes with a word
 * starting so; 1–9 picks the numbered entry, Enter the highlighted one, ↑/↓ move the highlight,
 * which is announced. So any theme is M, a letter, a digit away — three keys.
 */
function MovePicker({ groups, order }: { groups: Group[]; order: Group[] }) {
  const t = useT();
  const moving = useBoardUi((s) => s.moving);
  const ref = useRef<HTMLDialogElement>(null);
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const card = moving === null ? null : (groups.flatMap((g) => g.cards).find((c) => c.id === moving) ?? null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (card && !d.open) {
      setQ('');
      setActive(0);
      d.showModal();
    } else if (!card && d.open) d.close();
  }, [card]);
  type Option = { key: string; label: string; target: number | null | 'new' };
  const options: Option[] = card
    ? [
        ...order.filter((g) => g.id !== card.clusterId && g.id !== null).map((g) => ({ key: String(g.id), label: g.label, target: g.id })),
        { key: 'new', label: t('board.newCluster'), target: 'new' as const },
        ...(card.clusterId !== null ? [{ key: 'none', label: t('board.moveNone'), target: null }] : []),
      ]
    : [];
  const shown = options.filter((o) => matchesTheme(o.label, q));
  const current = shown[Math.min(active, shown.length - 1)];
  // back to the card, in its new theme after a move
  const close = () => {
    useBoardUi.getState().set({ moving: null });
    if (card) focusSoon(cardHandle(card.id));
  };
  const choose = (o: Option | undefined) => {
    if (!card || !o) return;
    close();
    void moveCard(card, o.target, t);
  };
  return (
    <dialog
      ref={ref}
      className="dialog move-picker"
      aria-labelledby="move-h"
      data-testid="move-picker"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      {card && (
        <>
          <h2 id="move-h" lang="de">
            {t('board.moveTitle', { text: card.text })}
          </h2>
          <input
            className="move-find"
            autoFocus
            value={q}
            aria-label={t('board.moveFind')}
            placeholder={t('board.moveFind')}
            role="combobox"
            aria-expanded="true"
            aria-controls="move-list"
            aria-activedescendant={current ? `move-${current.key}` : undefined}
            data-testid="move-find"
            onChange={(e) => {
              setQ(e.target.value.replace(/[1-9]/g, ''));
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (/^[1-9]$/.test(e.key)) {
                e.preventDefault();
                choose(shown[Number(e.key) - 1]);
              } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((a) => Math.max(0, Math.min(shown.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
              } else if (e.key === 'Enter') {
                e.preventDefault();
                choose(current);
              }
            }}
          />
          <ul id="move-list" role="listbox" aria-label={t('board.moveTo')} className="move-list">
            {shown.map((o, i) => (
              <li
                key={o.key}
                id={`move-${o.key}`}
                role="option"
                aria-selected={o === current}
                className={o === current ? 'is-active' : undefined}
                onClick={() => choose(o)}
                lang="de"
                data-testid="move-option"
              >
                <kbd>{i < 9 ? i + 1 : ''}</kbd> {o.label}
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p className="hint">{t('board.moveNoMatch')}</p>}
          <p className="visually-hidden" aria-live="polite" data-testid="move-target">
            {current ? t('board.dragOver', { label: current.label }) : ''}
          </p>
          <p className="hint">{t('board.moveHint')}</p>
        </>
      )}
    </dialog>
  );
}

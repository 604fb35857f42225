// Maximum lengths and counts of what a workshop holds. The API input schemas use these (a longer
// text is refused with a message naming the limit), and they define "the largest valid workshop"
// that every export format must render in < 5 s and < 500 MB (bench/export-bounds.bench.ts,
// docs/export.md). Characters are UTF-16 code units, as zod's .max() counts them.
export const MAX_LEN = {
  /** Workshop name, municipality, place, facilitator, participant label */
  name: 200,
  /** Action title, responsible persons */
  title: 300,
  /** Strength card, idea (shown on cards and the projector) */
  card: 500,
  /** Cluster label */
  label: 80,
  /** Longer fields of an action: effect, indicator; an idea's description */
  field: 2000,
  /** Partners and resources of an action */
  list: 1000,
  /** Action description */
  text: 5000,
  /** Progress note ("Fortschrittsnotiz"): a dated entry of a few sentences, up to 20 per action */
  note: 500,
  /** File paths (open, save as) */
  path: 4096,
  /** Ids and references */
  ref: 100,
} as const;

/**
 * Counts of the largest valid workshop (the bench builds exactly this), enforced where rows are
 * added (db/repo: addCard, addIdea, addAction, addActionUpdate → LIMIT). A real afternoon has
 * 50–200 cards and a plan of 10–30 actions; a room of 200 phones sending 600 cards still fits.
 * 100 actions with every text at its limit is a PDF of ~1,000 pages; the DOCX writer holds its whole
 * document in memory, and 200 such actions would need ~650 MB (docs/export.md): this is the bound.
 */
export const MAX_COUNT = {
  cards: 1000,
  ideas: 300,
  actions: 100,
  updatesPerAction: 20,
} as const;

/**
 * What phones may add (participant mode): the wall up to MAX_COUNT less a reserve that stays the
 * facilitator's (a flood of phone cards must not lock the laptop out), and per device a bound far
 * above an afternoon (a table host types its table's 20–40 cards; a participant sends 3–10).
 */
export const PHONE_LIMITS = {
  reserve: { cards: 100, ideas: 50 },
  perDevice: { cards: 100, ideas: 30 },
} as const;

/**
 * No string reaches an exporter longer than this: the longest text the API has ever accepted
 * (notes were 5,000 before the limits above), so valid data, also from older files, is never cut.
 */
export const MAX_EXPORT_TEXT = 5000;

/** The message of a too-long text: "Ungültige Eingabe (name): höchstens 200 Zeichen erlaubt" (or in English). */
// A message id: the service renders it in the user's language with the limit from the issue.
export const tooLong = (_n: number) => 'validation.tooLongString';

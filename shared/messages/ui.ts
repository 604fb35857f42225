import { catalog } from './define';
import { uiDe, type MessageKey } from './ui-de';
import { uiEn } from './ui-en';

// The facilitator's and the projector's screen texts: one area of the one catalogue, so the UI,
// errors, import problems and exports are formatted alike (ICU, plural rules of the language).
export const ui = catalog<MessageKey>(uiDe, uiEn);
export type { MessageKey };

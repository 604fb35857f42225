import { catalog } from './define';

// Workshop file: opening, checking, writing.
export const db = catalog({}, {});

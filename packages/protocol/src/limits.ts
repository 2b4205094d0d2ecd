/**
 * Limits both sides agree on. The rules that apply them live in @haven/core; the schemas here
 * only bound the raw size so an oversized payload is refused before any work is done.
 */
export const DISPLAY_NAME_MAX = 40;
export const CHAT_TEXT_MAX = 2000;
/** Raw text may carry control characters that the chat rule strips, so allow some slack. */
export const CHAT_TEXT_RAW_MAX = CHAT_TEXT_MAX * 2;
export const HISTORY_PAGE_MAX = 200;

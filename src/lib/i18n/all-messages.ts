/** The interface text in every language, for the parts that need both at once (see messages.ts). */
import type { Lang, Messages } from './messages';
import { zh } from './messages';
import { en } from './messages-en';

export const messages: Record<Lang, Messages> = { zh, en };

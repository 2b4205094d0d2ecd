import { z } from 'zod';
import { Id, Instant, Seq } from './common';

/** A language tag as the web app uses it ("ar", "fa-AF", "uk"). */
export const Locale = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag');

const Contact = z.string().trim().max(40);
/** Somewhere to turn to, in one language: a line, its hours, what it is for. Never a location. */
export const CrisisResource = z.object({
  name: z.string().trim().min(1).max(120),
  phone: Contact.default(''),
  sms: Contact.default(''),
  whatsapp: Contact.default(''),
  hours: z.string().trim().max(120).default('').describe('When someone answers, in words.'),
  description: z.string().trim().max(300).default(''),
});
export type CrisisResource = z.infer<typeof CrisisResource>;
export const CRISIS_RESOURCES_MAX = 12;
export const CrisisResourceList = z.object({
  locale: Locale,
  resources: z.array(CrisisResource).max(CRISIS_RESOURCES_MAX),
});
export type CrisisResourceList = z.infer<typeof CrisisResourceList>;

export const SupportRequestPayload = z.strictObject({
  locale: Locale.describe('The language the person reads, for the crisis resources.'),
});
export const SupportRequestReply = z.object({
  alertId: Id,
  resources: CrisisResourceList.describe(
    "The group's resources in that language, else the platform's, else the group's language.",
  ),
});

/** A private call for help, as the session's moderators see it. Nobody else ever does. */
export const SupportAlert = z.object({
  id: Id,
  participantId: Id,
  displayName: z.string(),
  reason: z
    .enum(['asked', 'watched-words'])
    .describe(
      'asked: they pressed "I need support"; watched-words: a message matched a flag entry.',
    ),
  seq: Seq.nullable().describe('watched-words: the message that matched, when it was shared.'),
  raisedAt: Instant,
  acknowledged: z
    .object({ by: Id, name: z.string(), at: Instant })
    .nullable()
    .describe('Null until a moderator takes it on.'),
});
export type SupportAlert = z.infer<typeof SupportAlert>;
export const SupportAlerts = z.object({ alerts: z.array(SupportAlert).describe('Oldest first.') });
export const AcknowledgePayload = z.strictObject({ alertId: Id });

/**
 * Watched words. block: the message is refused with a gentle word to the sender. hold: kept for
 * a moderator to share or delete before anyone sees it. flag: delivered, and the moderators get
 * a private alert (for words that signal self-harm, say).
 */
export const WatchAction = z.enum(['block', 'hold', 'flag']);
export type WatchAction = z.infer<typeof WatchAction>;
export const WATCHED_PHRASE_MAX = 80;
export const WATCHED_WORDS_MAX = 300;
export const WatchedWord = z.object({
  phrase: z
    .string()
    .trim()
    .min(1)
    .max(WATCHED_PHRASE_MAX)
    .describe(
      'Whole words, in order; case, accents and Arabic vowel marks do not matter. A word ending in * matches words that begin with it.',
    ),
  action: WatchAction,
});
export type WatchedWord = z.infer<typeof WatchedWord>;
export const WatchedWordList = z.object({
  locale: Locale.describe('The language the phrases are in; every list applies to every message.'),
  words: z.array(WatchedWord).max(WATCHED_WORDS_MAX),
});
export type WatchedWordList = z.infer<typeof WatchedWordList>;

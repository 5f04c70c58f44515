/**
 * Turns what a person typed (in Teams, Web Chat, a terminal) into plain lower-case text
 * that the safety classifier and the matcher both read.
 */

/** Longer messages are cut for matching: nobody asks one question in more than this, and it bounds work. */
export const MAX_QUERY_CHARS = 500;
/**
 * The safety check reads much further: a long story can mention a red flag at its very end
 * ("...oh, and it feels numb when I wipe"), and missing that costs more than reading it.
 */
export const MAX_SAFETY_CHARS = 6000;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};

export function normaliseText(raw: string, maxChars = MAX_QUERY_CHARS): string {
  let text = String(raw ?? '');
  // Cut early so a 100,000-character message costs no more than a long one.
  if (text.length > maxChars * 4) text = text.slice(0, maxChars * 4);
  text = text
    // Teams puts the bot's (and others') names in <at>…</at>: a name is not part of a question.
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (m) => ENTITIES[m] ?? ' ')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    // Emoji, pictographs, variation selectors, control characters and lone surrogates.
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200B-\u200D\uFE0E\uFE0F]/gu, ' ')
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxChars ? text.slice(0, maxChars).trim() : text;
}

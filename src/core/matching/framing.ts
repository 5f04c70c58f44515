/**
 * What people put around a question: courtesies and stories before it ("hi, my doctor said I
 * have sciatica, and..."), talk about the article ("does it say..."), and in a long message the
 * story the question sits in. Matching reads past all of it.
 */

const ASKING = /^(how|what|what's|whats|why|when|where|which|who|can|could|would|should|is|are|does|do|did|will|any|anything|tips|advice)\b/;

/**
 * The sentences of a story that ask something: those ending in "?" or opening like a question,
 * else the last one. Undefined when every sentence asks (then the whole message is the question).
 */
export function questionPart(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map((t) => t.trim()).filter(Boolean);
  if (sentences.length < 2) return undefined;
  const asking = sentences.filter((t) => t.endsWith('?') || ASKING.test(t));
  const part = asking.length > 0 ? asking : sentences.slice(-1);
  return part.length === sentences.length ? undefined : part.join(' ');
}

/**
 * The story people tell before the question ("my doctor said I have sciatica, and...") and
 * the courtesies around it ("good afternoon", "pls help", "thanks in advance") name words like
 * "doctor", "good" or "help" that would pull the match towards the wrong section.
 */
export const PREAMBLE = [
  /^((hi|hello|hey|hiya|greetings)( there| bot| all)?|dear \w+)\b/g,
  /\b(i('d| would) (love|like) to (know|understand|find out|learn)|i('m| am) (keen|eager|trying) to (know|understand|find out)|generally speaking|in general)\b/g,
  /\b(i('ve| have)? (was |been |am |'m )?(just )?(read|reading|looked at|looking at|went through|going through) (your|the|this) (piece|article|page|post|blog)( about [a-z ]+?(?=[,.?!]|$))?)/g,
  /\b(((does|did|do) (it|the (article|piece|page|post))|(the|this|your) (article|piece|page|post)|it) (say|says|said|mention|mentions|mentioned|describe|describes|recommend|recommends|suggest|suggests|list|lists|walk you through|walks you through|go into|goes into|talk about|talks about|give|gives|claim|claims)|according to (the|this|your) (article|piece|page|post))\b/g,
  /\b(does|did) (it|the (article|piece|page|post)) (cover|covers|discuss|discusses|explain|explains|go over|goes over)\b/g,
  /\b(i|we|my \w+)( have| has| just| recently| finally)* (bought|purchased|ordered|got given|was given|were given|received)( me| us| him| her)? (a|an|the|one of those|one|this|some)\b/g,
  /\bgood (morning|afternoon|evening|day|night)\b/g,
  /\b((can|could|would) (you|u) (please |pls )?help( me)?( out)?( with( this)?)?|(please|pls|plz) help( me)?|help (me )?(please|pls|plz))\b/g,
  /\b(thanks|thank you|thx|ty) (in advance|a lot|so much|a million)\b/g,
  /\b((my|the|a|our) \w+|(someone|somebody|people|everyone|a friend)( at work| i know)?) (said|says|told me|thinks|reckons|diagnosed me|mentioned|suggested|recommended|advised|advises|keeps (saying|telling me)|always says|swears|claims|insists|used the (word|term))( with| me)?( that)?/g,
  /\b(i('ve| have)( been)?( got| had| diagnosed with| told i have)?|i('m| am) (dealing|suffering|living) with|i suffer from|i get) (sciatica|sciatic (nerve )?pain)( for \w+( \w+)?)?( and| so)?/g,
];

export function withoutPreamble(text: string): string {
  return PREAMBLE.reduce((t, pattern) => t.replace(pattern, ' '), text);
}

/** Words no suffix rule gets right: "lives" must meet "life", "news" is not "new", a TENS machine is not "ten". */
const IRREGULAR: Record<string, string> = { lives: 'life', wives: 'wife', knives: 'knife', calves: 'calf', halves: 'half', feet: 'foot', teeth: 'tooth', news: 'news', tens: 'tens' };

/**
 * A light suffix stripper: enough to make "massaging", "massaged" and "massages" one term,
 * and cheap enough to run on every word of every query. Not a full Porter stemmer: the
 * vocabulary is small and over-stemming would merge words the article keeps apart.
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('ful') && w.length > 6) w = w.slice(0, -3);
  // "stopped" -> "stop"; a double l only in longer words ("controlled" -> "control", "fall" stays).
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ss|zz)$/.test(w) && (!w.endsWith('ll') || w.length > 6)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const remembered = new Map<string, string>();
/** `stem`, remembered: it is pure, and people use the same few thousand words. */
export function cachedStem(word: string): string {
  let result = remembered.get(word);
  if (result === undefined) {
    result = stem(word);
    if (remembered.size < 100_000) remembered.set(word, result);
  }
  return result;
}

import { DIALOG_ACTS, type DialogAct, type DialogActExample } from '../knowledge/dialog-act-examples';
import type { KnowledgeBase } from '../knowledge/section';
import { cachedStem } from '../matching/stem';
import { TermClassifier } from '../matching/term-classifier';
import { TUNING } from '../matching/tuning';
import { Fingerprint, savedOrTrained } from '../safety/saved-classifier';

/** The label for a message that asks something: it goes on to retrieval. */
const CONTENT: number = DIALOG_ACTS.length;
const LABELS = [...DIALOG_ACTS.keys(), CONTENT];
/** Change it when `features` or `words` changes (or the stemmer): saved recognisers made with the old ones are then not read. */
const FEATURES_VERSION = 1;
/** Every word no act example uses is this one feature. */
const OTHER = '__other';

/**
 * The first stage of understanding: is the whole message only a greeting, thanks, a goodbye,
 * praise, a question about the bot, yes/no...? Learned from `knowledge/dialog-acts/` (social
 * messages by act, and ones that look social but ask something) and from the example
 * questions as content.
 *
 * The mechanism against "one word decides": a word that no act example uses is not dropped,
 * it counts as "other", and other-words are what questions are made of. So "thank you so much,
 * that was really helpful" is thanks (every word is social), while "is it helpful to massage
 * every day?" is content (massage, every, day are other-words), though both say "helpful".
 */
export class DialogActRecogniser {
  /**
   * Trained on the knowledge base's act examples, with its example questions as what content
   * looks like. With `cacheDir`, a recogniser trained before on the same messages is read from
   * there, or from the ones `npm run build` shipped (training takes about a second; reading, a
   * few milliseconds), and a new one is saved there.
   */
  static forKnowledge(knowledge: Pick<KnowledgeBase, 'dialogActs' | 'examples'>, cacheDir?: string): DialogActRecogniser {
    return DialogActRecogniser.train(knowledge.dialogActs ?? [], knowledge.examples.map((e) => e.question), cacheDir);
  }

  static train(examples: readonly DialogActExample[], ordinary: readonly string[], cacheDir?: string): DialogActRecogniser {
    const acts = new Set<string>();
    for (const e of examples) if (e.act !== 'content') words(e.text).forEach((w) => acts.add(w));
    const content = new Set<string>();
    for (const text of ordinary) words(text).forEach((w) => acts.has(w) || content.add(w));
    const vocabulary = { acts, content };
    const { ordinaryVote, training } = TUNING.dialogActs;
    function* rows() {
      for (const e of examples) {
        const label = e.act === 'content' ? CONTENT : DIALOG_ACTS.indexOf(e.act);
        yield { terms: features(e.text, vocabulary), label, text: e.text, vote: 1 };
      }
      for (const text of ordinary) yield { terms: features(text, vocabulary), label: CONTENT, text, vote: ordinaryVote };
    }
    if (examples.length === 0) return new DialogActRecogniser(vocabulary, undefined);
    const fingerprint = new Fingerprint().add(`${FEATURES_VERSION} ${JSON.stringify(TUNING.dialogActs)}`);
    for (const e of examples) fingerprint.add(`${e.act} ${e.text}`);
    fingerprint.add('ordinary');
    ordinary.forEach((text) => fingerprint.add(text));
    return new DialogActRecogniser(vocabulary, savedOrTrained('dialog-acts', fingerprint.toString(), LABELS, () => TermClassifier.train(rows(), LABELS, training), cacheDir));
  }

  private constructor(
    private readonly vocabulary: Vocabulary,
    private readonly classifier: TermClassifier | undefined,
  ) {}

  /**
   * Whether a (normalised) message is social through and through: an act, short, and made only
   * of words the act examples use. The safety check leaves such a message to the rules; a
   * longer one, or one with a word no social message uses ("ok bye. i keep driving past the
   * bridge..."), still goes to the learned net whatever act it looks like.
   */
  isWhollySocial(text: string): boolean {
    const all = words(text);
    return all.length > 0 && all.length <= WHOLLY_SOCIAL_WORDS && all.every((w) => this.vocabulary.acts.has(w)) && this.recognise(text) !== undefined;
  }

  /** The act the whole (normalised) message is, or undefined when it asks something. */
  recognise(text: string): DialogAct | undefined {
    if (!/[a-z0-9]/.test(text)) return 'help';
    if (!this.classifier) return undefined;
    let best = CONTENT;
    let probability = 0;
    for (const [label, p] of this.classifier.predict(features(text, this.vocabulary))) if (p > probability) [best, probability] = [label, p];
    return best !== CONTENT && probability >= TUNING.dialogActs.sure ? DIALOG_ACTS[best] : undefined;
  }
}

/** The longest message read as wholly social: closings are short ("no, I think that's everything for now" is 7 words). */
const WHOLLY_SOCIAL_WORDS = 8;

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9']+/g) ?? []).map((w) => cachedStem(w.replace(/'/g, '')));
}

/** The words the act examples use, and the other words the example questions use. */
interface Vocabulary {
  acts: ReadonlySet<string>;
  content: ReadonlySet<string>;
}

/**
 * Words (content words folded into one), pairs of them, and how long the message is. A word
 * neither the acts nor the questions use ("thnks", "hooroo", "deffo") is a spelling or a slang
 * no one has written yet: it is not taken as content, it is known by its letters, which it
 * shares with the spellings seen ("thnks" with "thanks", "hii" with "hi"); every word's
 * letters count, so "massge" still looks like the questions' "massage".
 */
function features(text: string, { acts, content }: Vocabulary): string[] {
  const all = words(text);
  const letters = all.flatMap(trigrams);
  const mapped = all.map((w) => (acts.has(w) ? w : content.has(w) ? OTHER : UNKNOWN));
  const pairs = mapped.slice(1).map((w, i) => `${mapped[i]} ${w}`);
  const others = mapped.filter((w) => w === OTHER).length;
  return [...mapped, ...pairs, ...letters, `__length ${lengthBucket(mapped.length)}`, `__others ${lengthBucket(others)}`];
}

/** A word never seen in either. */
const UNKNOWN = '__unknown';

function trigrams(word: string): string[] {
  const padded = `<${word}>`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(`#${padded.slice(i, i + 3)}`);
  return grams;
}

const lengthBucket = (n: number) => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : '9+');

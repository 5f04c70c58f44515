import { KnowledgeError, parseKnowledgeYaml } from './knowledge-error';

/** What a content owner adds per section, in `<article>.qna.yml` beside the article. */
export interface SectionExtras {
  questions: string[];
  keywords: string[];
  related: string[];
  /** The published page's anchor for this heading, "#..." (only where the page has one). */
  anchor?: string;
}

const ALLOWED = new Set(['heading', 'questions', 'keywords', 'related', 'anchor']);

/** Reads a sidecar file; returns extras keyed by heading (lower-cased). */
export function parseSidecar(file: string, text: string, headings: string[]): Map<string, SectionExtras> {
  const data = parseKnowledgeYaml(file, text);
  const extras = new Map<string, SectionExtras>();
  if (data == null) return extras;
  const sections = (data as { sections?: unknown }).sections;
  if (typeof data !== 'object' || !Array.isArray(sections)) {
    throw new KnowledgeError(file, 'must have a "sections:" list (see knowledge/README.md).');
  }
  const known = new Map(headings.map((h) => [h.toLowerCase(), h]));
  sections.forEach((entry: unknown, i: number) => {
    const where = `entry ${i + 1} of "sections"`;
    if (!entry || typeof entry !== 'object') throw new KnowledgeError(file, `${where} is not a heading with questions.`);
    const record = entry as Record<string, unknown>;
    const unknownKey = Object.keys(record).find((k) => !ALLOWED.has(k));
    if (unknownKey) throw new KnowledgeError(file, `${where} has an unknown field "${unknownKey}" (allowed: ${[...ALLOWED].join(', ')}).`);
    const heading = record.heading;
    if (typeof heading !== 'string' || !heading.trim()) throw new KnowledgeError(file, `${where} has no "heading".`);
    const key = heading.trim().toLowerCase();
    if (!known.has(key)) throw new KnowledgeError(file, `${where}: no section of the article is headed "${heading}".`);
    if (extras.has(key)) throw new KnowledgeError(file, `the heading "${heading}" is listed twice.`);
    const related = stringList(file, record.related, `"related" of "${heading}"`);
    const missing = related.find((r) => !known.has(r.toLowerCase()));
    if (missing) throw new KnowledgeError(file, `"related" of "${heading}" names "${missing}", which is not a heading of the article.`);
    const anchor = record.anchor;
    if (anchor != null && (typeof anchor !== 'string' || !/^#[^\s#]+$/.test(anchor.trim()))) {
      throw new KnowledgeError(file, `"anchor" of "${heading}" must be the page's anchor, like "#causes-of-sciatica-pain".`);
    }
    extras.set(key, {
      questions: stringList(file, record.questions, `"questions" of "${heading}"`),
      keywords: stringList(file, record.keywords, `"keywords" of "${heading}"`),
      related: related.map((r) => known.get(r.toLowerCase())!),
      ...(typeof anchor === 'string' ? { anchor: anchor.trim() } : {}),
    });
  });
  return extras;
}

function stringList(file: string, value: unknown, what: string): string[] {
  if (value == null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    throw new KnowledgeError(file, `${what} must be a list of lines starting with "- ".`);
  }
  return value.map((v) => String(v).trim()).filter(Boolean);
}

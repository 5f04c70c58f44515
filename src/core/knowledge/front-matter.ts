import { parse } from 'yaml';
import { KnowledgeError } from './knowledge-error';

/** Where an article comes from, as the content owner states it in the file's front matter. */
export interface ArticleInfo {
  /** The article's title as published; the file's "# Title" when the front matter gives none. */
  title: string;
  /** The published page; absent when the owner does not know it (then nothing links anywhere). */
  url?: string;
  /** Publication (or last review) date, YYYY-MM-DD. */
  published?: string;
}

const FIELDS = new Set(['title', 'url', 'published']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Splits an optional YAML front matter block (`---` lines at the very top of the file) from
 * the markdown. Only the fields a source line needs are allowed, so a typo ("pubished") is an
 * error rather than a date that silently never shows.
 */
export function splitFrontMatter(file: string, markdown: string): { info: Partial<ArticleInfo>; markdown: string; lineOffset: number } {
  const text = markdown.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (!text.startsWith('---\n')) return { info: {}, markdown: text, lineOffset: 0 };
  const end = text.indexOf('\n---', 4);
  const close = end === -1 ? -1 : text.indexOf('\n', end + 1);
  if (end === -1 || !/^\n---\s*$/.test(text.slice(end, close === -1 ? undefined : close))) {
    throw new KnowledgeError(file, 'the front matter that starts with "---" on line 1 is never closed with a "---" line.');
  }
  const yaml = text.slice(4, end);
  const rest = close === -1 ? '' : text.slice(close + 1);
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    throw new KnowledgeError(file, `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const info: Partial<ArticleInfo> = {};
  if (data == null) return { info, markdown: rest, lineOffset: yaml.split('\n').length + 2 };
  if (typeof data !== 'object' || Array.isArray(data)) throw new KnowledgeError(file, 'the front matter must be lines like "title: ...".');
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!FIELDS.has(key)) throw new KnowledgeError(file, `the front matter has an unknown field "${key}" (allowed: ${[...FIELDS].join(', ')}).`);
    if (typeof value !== 'string' || !value.trim()) throw new KnowledgeError(file, `the front matter's "${key}" must be text.`);
  }
  const record = data as Record<string, string>;
  if (record.title) info.title = record.title.trim();
  if (record.url) {
    const url = record.url.trim();
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new KnowledgeError(file, `the front matter's "url" must start with http:// or https:// (got "${url}").`);
    info.url = url;
  }
  if (record.published) {
    const date = record.published.trim();
    if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      throw new KnowledgeError(file, `the front matter's "published" must be a date like 2024-05-31 (got "${date}").`);
    }
    info.published = date;
  }
  return { info, markdown: rest, lineOffset: yaml.split('\n').length + 2 };
}

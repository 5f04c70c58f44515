import { splitFrontMatter, type ArticleInfo } from './front-matter';
import { KnowledgeError } from './knowledge-error';

export interface ParsedSection {
  heading: string;
  level: number;
  /** The text people are shown: lines the owner marked "omit" are not in it, nor any <!-- comment -->. */
  body: string;
  /** Lines the owner marked `<!-- omit: why -->`: kept out of every answer. */
  omitted: string[];
  /** Lines marked `<!-- always show: why -->`: a short answer from this section always includes them. */
  alwaysShow: string[];
}

export interface ParsedArticle {
  info: ArticleInfo;
  sections: ParsedSection[];
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
/** A content owner's mark, alone on a line, for the paragraph or list item that follows it. */
const MARK = /^\s*<!--\s*(omit|always show)\b[^]*?-->\s*$/i;
const COMMENT = /<!--[^]*?-->/g;
const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+/;

/**
 * Splits a markdown article at its headings. Each heading owns the text up to the next
 * heading of any level, so a parent section answers with its own introduction only.
 */
export function parseMarkdown(file: string, markdown: string): ParsedSection[] {
  return parseArticle(file, markdown).sections;
}

/** The article's front matter (title, link, date) and its sections. */
export function parseArticle(file: string, markdown: string): ParsedArticle {
  const front = splitFrontMatter(file, markdown);
  const lines = front.markdown.split('\n');
  const sections: ParsedSection[] = [];
  let current: OpenSection | undefined;
  let inFence = false;

  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (match) {
      if (current) sections.push(finish(file, current));
      current = { heading: match[2]!.trim(), level: match[1]!.length, lines: [], firstLine: index + 2 + front.lineOffset };
      return;
    }
    if (!current) {
      if (line.trim()) {
        throw new KnowledgeError(file, `line ${index + 1 + front.lineOffset} has text before the first heading; start the file with "# Title".`);
      }
      return;
    }
    current.lines.push(line);
  });
  if (current) sections.push(finish(file, current));
  if (inFence) throw new KnowledgeError(file, 'a ``` code block is never closed.');
  if (sections.length === 0) throw new KnowledgeError(file, 'no headings found; start the file with "# Title".');
  if (sections[0]!.level !== 1) throw new KnowledgeError(file, 'the first heading must be the title ("# Title").');
  if (sections.filter((s) => s.level === 1).length > 1) {
    throw new KnowledgeError(file, 'more than one title ("# ..."): use "##" for sections.');
  }
  const seen = new Set<string>();
  sections.forEach((section, i) => {
    const key = section.heading.toLowerCase();
    if (seen.has(key)) throw new KnowledgeError(file, `the heading "${section.heading}" appears twice.`);
    seen.add(key);
    if (!section.body) {
      const children = subHeadings(sections, i);
      if (children.length === 0) throw new KnowledgeError(file, `the section "${section.heading}" has no text.`);
      // A heading that only groups sub-sections answers with what it contains.
      section.body = `This part covers:\n\n${children.map((h) => `- ${h}`).join('\n')}`;
    }
  });
  return { info: { ...front.info, title: front.info.title ?? sections[0]!.heading }, sections };
}

function subHeadings(sections: ParsedSection[], index: number): string[] {
  const level = sections[index]!.level;
  const children: string[] = [];
  for (const next of sections.slice(index + 1)) {
    if (next.level <= level) break;
    if (next.level === level + 1) children.push(next.heading);
  }
  return children;
}

interface OpenSection {
  heading: string;
  level: number;
  lines: string[];
  /** Line number of the section's first body line in the file, for error messages. */
  firstLine: number;
}

/**
 * The section's text with the owner's marks applied: an `omit` mark takes the paragraph (or
 * list item) after it out, an `always show` mark records it; other comments never reach a reader.
 */
function finish(file: string, section: OpenSection): ParsedSection {
  const kept: string[] = [];
  const omitted: string[] = [];
  const alwaysShow: string[] = [];
  const lines = section.lines;
  for (let i = 0; i < lines.length; i++) {
    const mark = MARK.exec(lines[i]!);
    if (!mark) {
      kept.push(lines[i]!.replace(COMMENT, '').replace(/\s+$/, ''));
      continue;
    }
    let start = i + 1;
    while (start < lines.length && !lines[start]!.trim()) start++;
    if (start >= lines.length || MARK.test(lines[start]!)) {
      throw new KnowledgeError(file, `the "<!-- ${mark[1]} -->" mark on line ${section.firstLine + i} has no paragraph or list item after it in "${section.heading}".`);
    }
    // A list item owns its indented continuation lines; a paragraph runs to the next blank line.
    const item = LIST_ITEM.test(lines[start]!);
    let end = start + 1;
    while (end < lines.length && lines[end]!.trim() && (item ? !LIST_ITEM.test(lines[end]!) && /^\s/.test(lines[end]!) : !MARK.test(lines[end]!))) end++;
    const marked = lines.slice(start, end).map((l) => l.replace(COMMENT, '').trim()).join(' ').replace(LIST_ITEM, '');
    if (mark[1]!.toLowerCase() === 'omit') {
      omitted.push(marked);
    } else {
      alwaysShow.push(marked);
      kept.push(...lines.slice(start, end));
    }
    i = end - 1;
  }
  const body = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { heading: section.heading, level: section.level, body, omitted, alwaysShow };
}

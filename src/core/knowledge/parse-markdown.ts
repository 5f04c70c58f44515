import { KnowledgeError } from './knowledge-error';

export interface ParsedSection {
  heading: string;
  level: number;
  body: string;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/**
 * Splits a markdown article at its headings. Each heading owns the text up to the next
 * heading of any level, so a parent section answers with its own introduction only.
 */
export function parseMarkdown(file: string, markdown: string): ParsedSection[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const sections: ParsedSection[] = [];
  let current: { heading: string; level: number; lines: string[] } | undefined;
  let inFence = false;

  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (match) {
      if (current) sections.push(finish(current));
      current = { heading: match[2]!.trim(), level: match[1]!.length, lines: [] };
      return;
    }
    if (!current) {
      if (line.trim()) {
        throw new KnowledgeError(file, `line ${index + 1} has text before the first heading; start the file with "# Title".`);
      }
      return;
    }
    current.lines.push(line);
  });
  if (current) sections.push(finish(current));
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
  return sections;
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

function finish(section: { heading: string; level: number; lines: string[] }): ParsedSection {
  const body = section.lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { heading: section.heading, level: section.level, body };
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError, parseKnowledgeYaml } from '../knowledge/knowledge-error';

/** How a fallback is worded for a topic the article does not cover (knowledge/fallback-kinds.yml). */
export type FallbackKind = 'far' | 'medical' | 'service' | 'other';

export interface FallbackTopic {
  kind: FallbackKind;
  /** The words the reply uses for the topic ("prices or booking"); its name when unset. */
  say: string;
}

export const FALLBACK_KINDS_FILE = 'fallback-kinds.yml';
const KINDS: readonly FallbackKind[] = ['far', 'medical', 'service', 'other'];

/**
 * Reads the kinds of the out-of-scope topics; a missing file makes every topic `other`.
 * `topics` are the names out-of-scope.yml gives, so a misspelt name here is caught at start-up.
 */
export function loadFallbackKinds(folder: string, topics: Iterable<string>): Map<string, FallbackTopic> {
  const known = new Set(topics);
  const kinds = new Map<string, FallbackTopic>();
  const path = join(folder, FALLBACK_KINDS_FILE);
  if (!existsSync(path)) return kinds;
  const data = parseKnowledgeYaml(FALLBACK_KINDS_FILE, readFileSync(path, 'utf8'));
  const entries = (data as { topics?: unknown } | null)?.topics;
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) {
    throw new KnowledgeError(FALLBACK_KINDS_FILE, 'must have a "topics:" map of out-of-scope topic names to { kind, say }.');
  }
  for (const [name, value] of Object.entries(entries as Record<string, unknown>)) {
    if (!known.has(name)) throw new KnowledgeError(FALLBACK_KINDS_FILE, `"${name}" is not a topic of out-of-scope.yml.`);
    const { kind, say, ...other } = (value ?? {}) as { kind?: unknown; say?: unknown };
    // A comma inside an unquoted `say` splits it into a second field: caught here, not shown half-said.
    if (Object.keys(other).length > 0) throw new KnowledgeError(FALLBACK_KINDS_FILE, `"${name}" has unknown fields ${Object.keys(other).map((k) => `"${k}"`).join(', ')} (allowed: kind, say; quote a "say" with commas).`);
    if (!KINDS.includes(kind as FallbackKind)) throw new KnowledgeError(FALLBACK_KINDS_FILE, `"${name}" needs kind: one of ${KINDS.join(', ')}.`);
    if (say !== undefined && (typeof say !== 'string' || !say.trim())) throw new KnowledgeError(FALLBACK_KINDS_FILE, `"${name}" has an empty "say".`);
    kinds.set(name, { kind: kind as FallbackKind, say: typeof say === 'string' ? say.trim() : name });
  }
  return kinds;
}

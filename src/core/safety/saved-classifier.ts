import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../project-root';
import { TermClassifier } from '../matching/term-classifier';

/*
 * A trained classifier on disk, in one small binary file: the byte length of its terms, the
 * terms (UTF-8, one per line, in id order), then its weights (float32, in the machine's byte
 * order: `npm run build` writes them for the machine it runs on, as a cache would).
 * The file's name says what it was trained from; a file that cannot be read is trained anew.
 */

/** Where `npm run build` leaves the trained models (src/tools/train-models.ts), so a first start need not train. */
export function shippedModelsDir(): string {
  return join(projectRoot(__dirname), 'dist', 'models');
}

/**
 * A trained classifier named `<kind>-<fingerprint>.bin`: read from the cache directory or from
 * the ones the build shipped, else trained (and saved to the cache directory, where other
 * fingerprints of the same kind are removed: they are never read again).
 */
export function savedOrTrained(kind: string, fingerprint: string, labels: number[], train: () => TermClassifier, cacheDir?: string): TermClassifier {
  const name = `${kind}-${fingerprint}.bin`;
  for (const dir of [cacheDir, shippedModelsDir()]) {
    const saved = dir ? readSavedClassifier(join(dir, name), labels) : undefined;
    if (saved) return saved;
  }
  const classifier = train();
  if (cacheDir) {
    saveClassifier(join(cacheDir, name), classifier);
    forgetOthers(cacheDir, kind, name);
  }
  return classifier;
}

/** FNV-1a over texts, each ended by a newline: the name of what a model was trained from. */
export class Fingerprint {
  private hash = 0x811c9dc5;

  add(text: string): this {
    for (let i = 0; i < text.length; i++) this.hash = Math.imul(this.hash ^ text.charCodeAt(i), 0x01000193);
    this.hash = Math.imul(this.hash ^ 10, 0x01000193);
    return this;
  }

  toString(): string {
    return (this.hash >>> 0).toString(16).padStart(8, '0');
  }
}

function forgetOthers(dir: string, kind: string, keep: string): void {
  try {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(`${kind}-`) && /^[a-z-]+-[0-9a-f]{8}\.bin$/.test(name) && name !== keep) unlinkSync(join(dir, name));
    }
  } catch {
    // Only disk space is at stake.
  }
}

export function saveClassifier(file: string, classifier: TermClassifier): void {
  // Random, not the pid (often 1 in a container): two starts at once never share a file.
  const temporary = `${file}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const terms = Buffer.from(classifier.terms.join('\n'), 'utf8');
    const header = Buffer.alloc(8);
    header.writeUInt32LE(terms.length, 0);
    header.writeUInt32LE(classifier.weights.length, 4);
    const weights = Buffer.from(classifier.weights.buffer, classifier.weights.byteOffset, classifier.weights.byteLength);
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed: a second process starting at the same time never reads half a file.
    writeFileSync(temporary, Buffer.concat([header, terms, weights]));
    renameSync(temporary, file);
  } catch {
    // A read-only disk only means training again at the next start.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

export function readSavedClassifier(file: string, labels: number[]): TermClassifier | undefined {
  try {
    const data = readFileSync(file);
    const termBytes = data.readUInt32LE(0);
    const count = data.readUInt32LE(4);
    if (data.length !== 8 + termBytes + count * 4) return undefined;
    const terms = data.subarray(8, 8 + termBytes).toString('utf8').split('\n');
    // Copied as bytes: reading 200,000 floats one by one left 7 MB more memory behind.
    const weights = new Float32Array(count);
    new Uint8Array(weights.buffer).set(data.subarray(8 + termBytes));
    return TermClassifier.restore(labels, terms, weights);
  } catch {
    return undefined;
  }
}

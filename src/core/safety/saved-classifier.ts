import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { TermClassifier } from '../matching/term-classifier';

/*
 * A trained classifier on disk, in one small binary file: the byte length of its terms, the
 * terms (UTF-8, one per line, in id order), then its weights (float32, in the machine's byte
 * order: the file is a cache for this machine, not something to ship).
 * The file's name says what it was trained from; a file that cannot be read is trained anew.
 */

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

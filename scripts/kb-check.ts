/**
 * `npm run kb:check [folder]`: validates the knowledge files, finds colliding questions, and
 * fails on any evaluation question that is also training data. Exits 1 on any.
 */
import { resolve } from 'node:path';
import { checkKnowledge, formatCheck } from '../src/tools/check-knowledge';
import { EVALUATION_TEXTS } from '../tests/fixtures/evaluation-texts';

try {
  const check = checkKnowledge(resolve(process.argv[2] ?? resolve(__dirname, '..', 'knowledge')), EVALUATION_TEXTS);
  console.log(formatCheck(check));
  process.exit(check.problems.length + check.collisions.length + check.overlaps.length > 0 ? 1 : 0);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

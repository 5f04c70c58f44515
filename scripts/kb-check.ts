/** `npm run kb:check [folder]`: validates the knowledge files and finds colliding questions. Exits 1 on any. */
import { resolve } from 'node:path';
import { checkKnowledge, formatCheck } from '../src/tools/check-knowledge';

try {
  const check = checkKnowledge(resolve(process.argv[2] ?? resolve(__dirname, '..', 'knowledge')));
  console.log(formatCheck(check));
  process.exit(check.problems.length + check.collisions.length > 0 ? 1 : 0);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

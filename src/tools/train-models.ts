/**
 * Run by `npm run build` (node dist/src/tools/train-models.js): trains the learned safety net
 * and the dialog-act recogniser on the knowledge in knowledge/ and writes them to dist/models,
 * where the bot reads them at start-up instead of training (a second or more each). A bot
 * started with other knowledge (KNOWLEDGE_DIR) finds no model of that name and trains its own.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../core/knowledge/load-knowledge';
import { SafetyNet } from '../core/safety/safety-net';
import { shippedModelsDir } from '../core/safety/saved-classifier';
import { DialogActRecogniser } from '../core/understanding/dialog-acts';
import { projectRoot } from '../project-root';

const started = performance.now();
const dir = shippedModelsDir();
// Trained afresh each build: what an earlier build left is not what this one shipped.
rmSync(dir, { recursive: true, force: true });
const knowledge = loadKnowledge(join(projectRoot(__dirname), 'knowledge'));
SafetyNet.for(knowledge.examples.map((e) => e.question), dir);
DialogActRecogniser.forKnowledge(knowledge, dir);
console.log(`Trained models written to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

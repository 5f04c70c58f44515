/** `npm run chat [-- --explain]`: chat with the bot in the terminal; works when piped too. */
import { resolve } from 'node:path';
import { runTerminalChat } from '../src/tools/terminal-chat';

runTerminalChat({
  knowledgeDir: resolve(process.env.KNOWLEDGE_DIR ?? resolve(__dirname, '..', 'knowledge')),
  explain: process.argv.includes('--explain'),
  input: process.stdin,
  output: process.stdout,
}).catch((error: Error) => {
  console.error(error.name === 'KnowledgeError' ? error.message : error);
  process.exit(1);
});

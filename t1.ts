import { createTestBot, say } from './tests/helpers/test-bot';
(async () => {
  let t = Date.now();
  const { adapter } = createTestBot();
  const built = Date.now() - t; t = Date.now();
  for (let i = 0; i < 20; i++) await say(adapter, 'how long should I use a massager?');
  console.log('build', built, 'ms; 20 turns', Date.now() - t, 'ms');
})();

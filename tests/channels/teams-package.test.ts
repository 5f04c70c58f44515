import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildAppPackage } from '../../scripts/teams/build-app-package';

const APP_PACKAGE = resolve(__dirname, '../../appPackage');
const BOT_ID = '11111111-2222-3333-4444-555555555555';

function copyPackage(edit?: (manifest: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'teams-'));
  cpSync(APP_PACKAGE, dir, { recursive: true });
  if (edit) {
    const path = join(dir, 'manifest.template.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    edit(manifest);
    writeFileSync(path, JSON.stringify(manifest));
  }
  return dir;
}

describe('npm run teams:package', () => {
  it('builds a zip with the manifest (ids filled in) and both icons', async () => {
    const zip = await JSZip.loadAsync(await buildAppPackage(APP_PACKAGE, { MicrosoftAppId: BOT_ID }));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.bots[0].commandLists[0].commands.length).toBeLessThanOrEqual(10);
  });

  it('reuses the bot id as the app id when TEAMS_APP_ID is empty, as .env.example leaves it', async () => {
    const zip = await JSZip.loadAsync(await buildAppPackage(APP_PACKAGE, { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: '' }));
    expect(JSON.parse(await zip.file('manifest.json')!.async('string')).id).toBe(BOT_ID);
  });

  it('names only the setting that is wrong', async () => {
    await expect(buildAppPackage(APP_PACKAGE, { MicrosoftAppId: 'abc' })).rejects.toThrow(/^The Teams app package was not built:\n {2}- MicrosoftAppId "abc" is not a GUID[^\n]*$/);
  });

  it.each([
    [{}, /MicrosoftAppId is not set/],
    [{ MicrosoftAppId: 'not-a-guid' }, /MicrosoftAppId "not-a-guid" is not a GUID/],
    [{ MicrosoftAppId: BOT_ID, TEAMS_APP_ID: '123' }, /TEAMS_APP_ID "123" is not a GUID/],
    [{ MicrosoftAppId: BOT_ID, TEAMS_PRIVACY_URL: 'http://insecure.example' }, /TEAMS_PRIVACY_URL must be an https:\/\/ address/],
  ])('fails with a clear message for %j', async (env, message) => {
    await expect(buildAppPackage(APP_PACKAGE, env)).rejects.toThrow(message);
  });

  it.each([
    ['a scope with the wrong case', (m: any) => (m.bots[0].scopes = ['personal', 'groupchat'])],
    ['a command title over 32 characters', (m: any) => (m.bots[0].commandLists[0].commands[0].title = 'x'.repeat(40))],
    ['a missing short name', (m: any) => delete m.name.short],
  ])('rejects a manifest with %s, checked offline against the Teams schema', async (_name, edit) => {
    await expect(buildAppPackage(copyPackage(edit), { MicrosoftAppId: BOT_ID })).rejects.toThrow(/not built/);
  });
});

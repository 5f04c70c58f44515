import { AppManifestUtils } from '@microsoft/app-manifest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

export class AppPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`The Teams app package was not built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'AppPackageError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICONS = { 'color.png': 192, 'outline.png': 32 } as const;

/** Values for the manifest's {{placeholders}}, from the environment. */
export function manifestValues(env: NodeJS.ProcessEnv): Record<string, string> {
  const botId = (env.MicrosoftAppId ?? '').trim();
  const problems: string[] = [];
  if (!botId) problems.push('MicrosoftAppId is not set: it is the bot\'s app id from its Azure registration (a GUID).');
  else if (!GUID.test(botId)) problems.push(`MicrosoftAppId "${botId}" is not a GUID like 00000000-0000-0000-0000-000000000000.`);
  // The Teams app's own id; unset (or empty, as in .env.example), it reuses the bot's.
  const appId = (env.TEAMS_APP_ID ?? '').trim() || botId;
  if (appId !== botId && !GUID.test(appId)) problems.push(`TEAMS_APP_ID "${appId}" is not a GUID (leave it unset to reuse MicrosoftAppId).`);
  const url = (name: string, fallback: string) => {
    const value = (env[name] ?? fallback).trim();
    if (!/^https:\/\/\S+$/.test(value)) problems.push(`${name} must be an https:// address (got "${value}").`);
    return value;
  };
  const values = {
    MICROSOFT_APP_ID: botId,
    TEAMS_APP_ID: appId,
    TEAMS_DEVELOPER_NAME: (env.TEAMS_DEVELOPER_NAME ?? 'Sciatica Massage Guide team').trim(),
    TEAMS_WEBSITE_URL: url('TEAMS_WEBSITE_URL', 'https://www.example.com'),
    TEAMS_PRIVACY_URL: url('TEAMS_PRIVACY_URL', 'https://www.example.com/privacy'),
    TEAMS_TERMS_URL: url('TEAMS_TERMS_URL', 'https://www.example.com/terms'),
  };
  if (problems.length > 0) throw new AppPackageError(problems);
  return values;
}

/** Fills the template, validates it against the bundled Teams schema (offline) and zips it with the icons. */
export async function buildAppPackage(folder: string, env: NodeJS.ProcessEnv): Promise<Buffer> {
  const values = manifestValues(env);
  const template = readFileSync(join(folder, 'manifest.template.json'), 'utf8');
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => JSON.stringify(values[key] ?? '').slice(1, -1));
  // Whatever the JSON holds; the schema check just below says whether it is a manifest.
  let manifest: Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
  try {
    manifest = JSON.parse(filled);
  } catch (error) {
    throw new AppPackageError([`manifest.template.json is not valid JSON: ${(error as Error).message}`]);
  }
  const problems = await AppManifestUtils.validateAgainstSchema(manifest);
  for (const [icon, size] of Object.entries(ICONS)) {
    const png = readFileSync(join(folder, icon));
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    if (png.toString('ascii', 1, 4) !== 'PNG' || width !== size || height !== size) problems.push(`${icon} must be a ${size}x${size} PNG (it is ${width}x${height}).`);
  }
  if (problems.length > 0) throw new AppPackageError(problems);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const icon of Object.keys(ICONS)) zip.file(icon, readFileSync(join(folder, icon)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * `npm run teams:package`: builds appPackage/build/sciatica-massage-guide.zip for upload to
 * Teams, with the ids from the environment (or .env). Validates offline against the schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppPackageError, buildAppPackage } from './teams/build-app-package';
import { loadDotEnv } from '../src/config';

async function main() {
  loadDotEnv();
  const folder = resolve(__dirname, '..', 'appPackage');
  const zip = await buildAppPackage(folder, process.env);
  mkdirSync(join(folder, 'build'), { recursive: true });
  const out = join(folder, 'build', 'sciatica-massage-guide.zip');
  writeFileSync(out, zip);
  console.log(`Teams app package written: ${out}\nUpload it in Teams: Apps > Manage your apps > Upload an app.`);
}

main().catch((error: Error) => {
  console.error(error instanceof AppPackageError ? error.message : error);
  process.exit(1);
});

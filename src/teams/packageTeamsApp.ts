/** `npm run package:teams`: writes dist/nutribot-teams.zip for upload, with the bot id from configuration. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_PACKAGE_DIR, buildTeamsPackage } from './teamsAppPackage';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const appId = process.env.MicrosoftAppId ?? '';
  const out = join(APP_PACKAGE_DIR, '..', 'dist', 'nutribot-teams.zip');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, await buildTeamsPackage(appId));
  console.log(`Teams app package written to ${out}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

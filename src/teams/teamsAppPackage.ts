/**
 * Builds the Teams app package: appPackage/manifest.json with the bot id from configuration, plus the
 * two icons, zipped with all three at the zip's root, ready to upload to Teams.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';

/** appPackage/ at the project root, found from the sources or from dist/. */
function findAppPackage(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'appPackage', 'manifest.json'))) return join(dir, 'appPackage');
  }
  throw new Error('appPackage/manifest.json not found');
}

export const APP_PACKAGE_DIR = findAppPackage(__dirname);
const PLACEHOLDER = /\$\{\{MicrosoftAppId\}\}/g;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The manifest with the bot's app id filled in. */
export function teamsManifest(appId: string, dir: string = APP_PACKAGE_DIR): Record<string, unknown> {
  if (!GUID.test(appId))
    throw new Error('MicrosoftAppId must be the Azure Bot registration’s app id (a GUID) to build the Teams package.');
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8').replace(PLACEHOLDER, appId)) as Record<
    string,
    unknown
  >;
}

export async function buildTeamsPackage(appId: string, dir: string = APP_PACKAGE_DIR): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(teamsManifest(appId, dir), null, 2));
  for (const icon of ['color.png', 'outline.png']) zip.file(icon, readFileSync(join(dir, icon)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The package version, read once (works from the sources and from dist/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function findVersion(): string {
  for (const up of ['..', '../..']) {
    try {
      return (JSON.parse(readFileSync(join(__dirname, up, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // not at this level
    }
  }
  return '0.0.0';
}

export const version = findVersion();

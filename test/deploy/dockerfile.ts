/** Reads the Dockerfile's runtime stage, so the replay test follows the image's real steps. */
import { readFileSync } from 'node:fs';

export interface RuntimeStage {
  /** The runtime stage's base image. */
  from: string;
  /** Files copied from the build context (COPY without --from). */
  contextFiles: string[];
  /** Paths copied from the build stage (COPY --from=build <src> <dest>), as [src, dest]. */
  fromBuild: [string, string][];
  /** The RUN commands, in order. */
  runs: string[];
  user: string;
  cmd: string[];
  healthcheck: string;
}

/** Joins continued lines and drops comments. */
function instructions(text: string): string[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function runtimeStage(path = 'Dockerfile'): RuntimeStage {
  const lines = instructions(readFileSync(path, 'utf8'));
  const froms = lines.flatMap((l, i) => (/^FROM\s/i.test(l) ? [i] : []));
  const start = froms[froms.length - 1] ?? 0;
  const stage: RuntimeStage = {
    from: '',
    contextFiles: [],
    fromBuild: [],
    runs: [],
    user: '',
    cmd: [],
    healthcheck: '',
  };
  for (const line of lines.slice(start)) {
    const [, keyword = '', rest = ''] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    switch (keyword.toUpperCase()) {
      case 'FROM':
        stage.from = rest.split(/\s+/)[0]!;
        break;
      case 'COPY': {
        const parts = rest.split(/\s+/);
        const from = parts.find((p) => p.startsWith('--from='));
        const paths = parts.filter((p) => !p.startsWith('--'));
        const dest = paths.pop()!;
        if (from) stage.fromBuild.push([paths[0]!.replace(/^\/app\//, ''), dest.replace(/^\.\//, '')]);
        else stage.contextFiles.push(...paths);
        break;
      }
      case 'RUN':
        stage.runs.push(rest);
        break;
      case 'USER':
        stage.user = rest;
        break;
      case 'CMD':
        stage.cmd = JSON.parse(rest) as string[];
        break;
      case 'HEALTHCHECK':
        stage.healthcheck = rest;
        break;
    }
  }
  return stage;
}

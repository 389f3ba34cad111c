/**
 * `npm run gallery` as a test: every reply kind is rendered by Web Chat and by the Adaptive Cards
 * renderer with Teams' host configs (light and dark) without a complaint, and has its pictures. Writes
 * to a temporary directory; `npm run gallery` writes docs/gallery/. Without Chromium the test skips
 * locally but fails in CI (CI=true).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderActivity } from '../../dialogs/rendering/renderActivity';
import { renderText } from '../../dialogs/rendering/renderText';
import { INTENTS } from '../../knowledge/schema';
import { CHROMIUM, type GalleryResult, renderGallery } from './gallery';
import { galleryCatalogue } from './galleryCatalogue';
import { replyCatalogue } from '../dialogs/rendering/replyCatalogue';
import type { Reply } from '../../dialogs/replies/replyModel';

const mustRun = process.env.CI === 'true';
/** The gallery's entry names, known before the (async) catalogue is built: the renderer tests' plus privacy. */
const NAMES = [...replyCatalogue().map(([name]) => name), 'privacy'];

/** Every member of the ReplyKind union, read from its source. */
function replyKinds(): string[] {
  const source = readFileSync('dialogs/replies/replyModel.ts', 'utf8');
  const union = /export type ReplyKind =([^;]+);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([a-zA-Z]+)'/g)].map((m) => m[1]!);
}

describe('the reply catalogue covers every reply kind', () => {
  it('has at least one reply of each kind', async () => {
    const kinds = replyKinds();
    expect(kinds.length).toBeGreaterThan(10);
    const catalogue = await galleryCatalogue();
    expect(catalogue.map(([name]) => name)).toEqual(NAMES);
    const covered = new Set<string>(catalogue.map(([, reply]) => reply.kind));
    expect(kinds.filter((k) => !covered.has(k))).toEqual([]);
  });
});

describe('what every reply says', () => {
  it('uses no internal words: no "source document", no intent or reply-kind names', async () => {
    const internal = [...INTENTS.filter((i) => /[A-Z]/.test(i)), ...replyKinds().filter((k) => /[A-Z]/.test(k))];
    for (const [name, reply] of await galleryCatalogue()) {
      const said = renderText(reply);
      expect(said, name).not.toMatch(/source document|\bintent\b/i);
      for (const word of internal) expect(said, `${name}: ${word}`).not.toContain(word);
    }
  });
});

describe.runIf(existsSync(CHROMIUM) || mustRun)('the reply gallery in real renderers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nutribot-gallery-'));
  let result: GalleryResult;
  let replies: Map<string, Reply>;

  beforeAll(async () => {
    replies = new Map(await galleryCatalogue());
    result = await renderGallery(dir);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders every card without a complaint from the Adaptive Cards renderer or Web Chat', () => {
    expect(result.problems).toEqual([]);
  });

  it.each(NAMES)('%s has its pictures', (name) => {
    const files = result.pictures.get(name) ?? [];
    const hasCard = Boolean(renderActivity(replies.get(name)!, 'msteams').attachments?.length);
    const expected = [`webchat-`, ...(hasCard ? ['teams-light-', 'teams-dark-'] : [])];
    for (const prefix of expected) {
      const file = files.find((f) => f.startsWith(prefix));
      expect(file, `${name}: ${prefix}`).toBeDefined();
      expect(statSync(join(dir, file!)).size).toBeGreaterThan(2_000);
    }
  });
});

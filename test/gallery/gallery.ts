/**
 * The reply gallery: every reply of the catalogue (galleryCatalogue.ts) rendered by
 * real renderers in headless Chromium: Microsoft's Web Chat (on the project's own Direct Line stand-in,
 * whose bot answers "show <name>" with that reply as the Web Chat channel gets it), and the Adaptive
 * Cards JS renderer with Teams-like host configs, light and dark (with markdown as Teams shows it).
 * Returns the pictures written and every problem found: a card the renderer rejects or a reply that
 * never showed up.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity, TurnContext } from 'botbuilder';
import { type Browser, type Page, chromium } from 'playwright-core';
import restify, { type Request, type Response } from 'restify';
import { renderActivity } from '../../dialogs/rendering/renderActivity';
import type { Reply } from '../../dialogs/replies/replyModel';
import { DirectLineShim } from '../../src/webchat/directLineShim';
import { addWebChatRoutes } from '../../src/webchat/webChatRoutes';
import { galleryCatalogue } from './galleryCatalogue';
import { TEAMS_THEMES, type TeamsTheme } from './teamsHostConfig';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface GalleryResult {
  /** File names written, per catalogue entry. */
  pictures: Map<string, string[]>;
  problems: string[];
}

export const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const CARD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" />
<style>
  body { margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; }
  #frame { display: inline-block; padding: 16px; width: 520px; }
  #lead { margin: 0 0 8px; font-size: 14px; }
  #card { border-radius: 6px; overflow: hidden; box-shadow: 0 1px 3px rgba(0,0,0,.25); }
  /* Buttons as Teams draws them: outlined, in the theme's colours, wrapping rather than overflowing. */
  .ac-actionSet { flex-wrap: wrap !important; gap: 8px 0; }
  .ac-pushButton { background: transparent; color: var(--button-text); border: 1px solid var(--button-border);
    border-radius: 4px; padding: 5px 12px; font: 600 14px 'Segoe UI', system-ui, sans-serif; cursor: pointer; }
</style>
<script src="/gallery/markdown-it.js"></script>
<script src="/gallery/adaptivecards.js"></script>
</head><body><div id="frame"><p id="lead"></p><div id="card"></div></div></body></html>`;

/** The little of an HTML element the card page's script touches. */
interface PageElement {
  style: Record<string, string> & { setProperty(name: string, value: string): void };
  textContent: string | null;
  innerHTML: string;
  appendChild(child: unknown): unknown;
}

/** Renders one card in the page with the host config; returns the renderer's complaints. */
function renderCardInPage(args: {
  card: unknown;
  lead: string;
  hostConfig: unknown;
  background: string;
  text: string;
  accent: string;
}): string[] {
  // Runs in the page: the DOM's globals are reached through globalThis (this file compiles without DOM types).
  const page = globalThis as unknown as {
    document: { getElementById(id: string): PageElement | null };
  };
  const w = globalThis as unknown as {
    AdaptiveCards: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    markdownit: () => { render(text: string): string };
  };
  const AC = w.AdaptiveCards;
  const markdown = w.markdownit();
  AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { outputHtml: string; didProcess: boolean }) => {
    result.outputHtml = markdown.render(text);
    result.didProcess = true;
  };
  const frame = page.document.getElementById('frame')!;
  frame.style.background = args.background;
  frame.style.setProperty('--button-text', args.text);
  frame.style.setProperty('--button-border', args.accent);
  const lead = page.document.getElementById('lead')!;
  lead.textContent = args.lead;
  lead.style.color = args.text;
  const holder = page.document.getElementById('card')!;
  holder.innerHTML = '';
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(args.hostConfig);
  const context = new AC.SerializationContext();
  card.parse(args.card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(String(context.getEventAt(i).message));
  const validation = card.validateProperties();
  for (const event of validation.validationEvents as { message: string }[]) problems.push(String(event.message));
  const element = card.render();
  if (!element) problems.push('the renderer produced nothing');
  else holder.appendChild(element);
  return problems;
}

/** A server with the Web Chat page, a Direct Line whose bot shows catalogue replies, and the card page. */
async function startGalleryServer(catalogue: Map<string, Reply>) {
  const server = restify.createServer({ name: 'gallery', handleUncaughtExceptions: false });
  const shim = new DirectLineShim(async (context: TurnContext) => {
    if (context.activity.type !== 'message') return;
    const name = /^show (.+)$/.exec(context.activity.text ?? '')?.[1];
    const reply = name ? catalogue.get(name) : undefined;
    if (reply) await context.sendActivity(renderActivity(reply, 'webchat'));
  });
  addWebChatRoutes(server, shim, 262_144);
  const file = (path: string) => async (_req: Request, res: Response) => {
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' });
    res.end(readFileSync(path));
  };
  server.get('/gallery/adaptivecards.js', file(require.resolve('adaptivecards/dist/adaptivecards.min.js')));
  server.get('/gallery/markdown-it.js', file(require.resolve('markdown-it/dist/markdown-it.min.js')));
  server.get('/gallery/cards.html', async (_req: Request, res: Response) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(CARD_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const BOT_ACTIVITIES = '.webchat__basic-transcript__activity:not(:has(.webchat__stacked-layout--from-user))';

/** Sends "show <name>" and screenshots the bot's answer with the suggested actions under it. */
async function webChatPicture(page: Page, name: string, path: string): Promise<string | undefined> {
  const before = await page.locator(BOT_ACTIVITIES).count();
  const input = page.getByRole('textbox').first();
  await input.fill(`show ${name}`);
  await input.press('Enter');
  try {
    await page.locator(BOT_ACTIVITIES).nth(before).waitFor({ timeout: 15_000 });
  } catch {
    return `Web Chat: "${name}" never showed up`;
  }
  await page.waitForTimeout(300); // let images, fonts and the suggested actions settle
  const activity = await page.locator(BOT_ACTIVITIES).nth(before).boundingBox();
  const bar = page.locator('.webchat__suggested-actions');
  const actions = (await bar.count()) ? await bar.first().boundingBox({ timeout: 1_000 }) : null;
  if (!activity) return `Web Chat: "${name}" has no visible box`;
  const boxes = actions && actions.height > 8 ? [activity, actions] : [activity];
  const top = Math.min(...boxes.map((b) => b.y)) - 8;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + 8;
  await page.screenshot({ path, clip: { x: 0, y: Math.max(0, top), width: 820, height: bottom - Math.max(0, top) } });
  return undefined;
}

export async function renderGallery(outDir: string, only?: (name: string) => boolean): Promise<GalleryResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium`);
  mkdirSync(outDir, { recursive: true });
  const entries = (await galleryCatalogue()).filter(([name]) => !only || only(name));
  const catalogue = new Map(entries);
  const server = await startGalleryServer(catalogue);
  const pictures = new Map<string, string[]>();
  const problems: string[] = [];
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const chat = await browser.newPage({ viewport: { width: 820, height: 2400 } });
    await chat.goto(`${server.base}/`);
    await chat.getByRole('textbox').first().waitFor({ timeout: 20_000 });
    const cards = await browser.newPage({ viewport: { width: 560, height: 2400 } });
    await cards.goto(`${server.base}/gallery/cards.html`);

    for (const [name, reply] of entries) {
      const files: string[] = [];
      const webChatFile = `webchat-${slug(name)}.png`;
      const missing = await webChatPicture(chat, name, join(outDir, webChatFile));
      if (missing) problems.push(missing);
      else files.push(webChatFile);

      const teams = renderActivity(reply, 'msteams') as Partial<Activity>;
      const card = teams.attachments?.[0]?.content;
      if (card) {
        for (const theme of Object.keys(TEAMS_THEMES) as TeamsTheme[]) {
          const { hostConfig, background, text, accent } = TEAMS_THEMES[theme];
          const found = await cards.evaluate(renderCardInPage, {
            card,
            lead: teams.text ?? '',
            hostConfig,
            background,
            text,
            accent,
          });
          problems.push(...found.map((p) => `Adaptive Cards (${theme}), "${name}": ${p}`));
          const file = `teams-${theme}-${slug(name)}.png`;
          await cards.locator('#frame').screenshot({ path: join(outDir, file) });
          files.push(file);
        }
      }
      pictures.set(name, files);
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return { pictures, problems };
}

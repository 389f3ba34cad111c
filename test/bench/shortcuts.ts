/**
 * The shortcuts the bot takes around botbuilder (or around plain code) for speed, each with botbuilder's own
 * way of doing the same thing, so the bench can measure what each one buys (section 8, docs/shortcuts.md).
 *
 * A variant process (servers/botWithout.ts, servers/turnsWithout.ts) reads BENCH_WITHOUT and puts the plain
 * way in place of one shortcut in its own compiled modules (tsc's CommonJS output looks exports up at call
 * time, so replacing an export is seen by every caller). Production code has no switch for any of this.
 * Each replacement checks that what it replaces still exists, so a refactor breaks the bench loudly
 * rather than measuring nothing.
 */
import {
  type Activity,
  ActivityHandler,
  type BotState,
  BotStatePropertyAccessor,
  ConversationState,
  type Request,
  type Response,
  type Storage,
  type TurnContext,
  UserState,
} from 'botbuilder';
import { DialogSet } from 'botbuilder-dialogs';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import * as mainDialogModule from '../../dialogs/mainDialog';
import { NutritionBot } from '../../dialogs/nutritionBot';
import { SharedReplies } from '../../dialogs/replies/sharedReplies';
import * as snapshotBotStateModule from '../../dialogs/snapshotBotState';
import * as nextQuestionModule from '../../knowledge/scoring/nextQuestion';
import { BotCloudAdapter, type HttpTurnResult } from '../../src/adapter';
import { CachingBotFrameworkAuthentication } from '../../src/auth/cachingBotFrameworkAuthentication';
import * as createStateStoreModule from '../../src/state/createStateStore';
import { nextQuestionByAssess } from './nextQuestionByAssess';

export interface Shortcut {
  id: string;
  /** What the shortcut does, for the table. */
  what: string;
  /** Where it can be measured: HTTP only (the request path), or in-process turns too. */
  layer: 'http' | 'turn';
  /** The turns it touches: a question and answer, or the symptom interview. */
  turns: readonly ('qa' | 'interview')[];
  /** Puts botbuilder's own way (or the plain code) in its place, in this process. */
  withoutIt(): void;
}

/** Replaces a module's export, after checking it is there (tsc's CommonJS exports are plain properties). */
function replaceExport<M extends object, K extends keyof M>(module: M, name: K, value: M[K]): void {
  if (typeof module[name] !== 'function') throw new Error(`bench: ${String(name)} is no longer exported`);
  Object.defineProperty(module, name, { value, writable: true, configurable: true, enumerable: true });
}

function replaceMethod<T extends object>(prototype: T, name: string, value: (...args: never[]) => unknown): void {
  if (typeof (prototype as Record<string, unknown>)[name] !== 'function')
    throw new Error(`bench: the method ${name} is gone`);
  (prototype as Record<string, unknown>)[name] = value;
}

/** A Storage with only the Storage interface: no JSON entry points for the bot's state classes to use. */
function plainStorage(inner: Storage): Storage {
  return {
    read: (keys) => inner.read(keys),
    write: (changes) => inner.write(changes),
    delete: (keys) => inner.delete(keys),
  };
}

/** The response CloudAdapter.process writes to, kept for the server to send as it sends any result. */
class CapturedResponse {
  statusCode = 200;
  body: unknown;
  status(code: number) {
    this.statusCode = code;
    return this;
  }
  send(body: unknown) {
    this.body = body;
    return this;
  }
  end() {
    return this;
  }
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'http-entry',
    what: 'processHttpActivity instead of CloudAdapter.process (src/adapter.ts)',
    layer: 'http',
    turns: ['qa'],
    withoutIt() {
      // The route hands the already-read body to CloudAdapter.process, as the samples do (no service URL
      // policy: it needs the claims process() keeps to itself, and every bench request passes it anyway).
      replaceMethod(
        BotCloudAdapter.prototype,
        'processHttpActivity',
        async function (
          this: BotCloudAdapter,
          activity: Activity,
          authHeader: string,
          logic: (context: TurnContext) => Promise<void>,
        ): Promise<HttpTurnResult> {
          const response = new CapturedResponse();
          const request = { method: 'POST', headers: { authorization: authHeader }, body: activity };
          await this.process(request as unknown as Request, response as unknown as Response, logic);
          return { status: response.statusCode, body: response.body };
        },
      );
    },
  },
  {
    id: 'client-cache',
    what: 'outbound clients built once per app id and service URL (src/auth/cachingBotFrameworkAuthentication.ts)',
    layer: 'http',
    turns: ['qa'],
    withoutIt() {
      // Every call goes straight to botbuilder's authentication, which builds both clients on every turn.
      const inner = (self: CachingBotFrameworkAuthentication) => {
        const wrapped = (self as unknown as { inner?: BotFrameworkAuthentication }).inner;
        if (!wrapped) throw new Error('bench: the caching authentication no longer keeps the one it wraps');
        return wrapped;
      };
      const proto = CachingBotFrameworkAuthentication.prototype;
      replaceMethod(
        proto,
        'authenticateRequest',
        function (this: CachingBotFrameworkAuthentication, activity: never, authHeader: never) {
          return inner(this).authenticateRequest(activity, authHeader);
        },
      );
      replaceMethod(proto, 'createConnectorFactory', function (this: CachingBotFrameworkAuthentication, claims: never) {
        return inner(this).createConnectorFactory(claims);
      });
      replaceMethod(proto, 'createUserTokenClient', function (this: CachingBotFrameworkAuthentication, claims: never) {
        return inner(this).createUserTokenClient(claims);
      });
    },
  },
  {
    id: 'snapshot-state',
    what: 'SnapshotBotState: JSON snapshots instead of BotState hashes (dialogs/snapshotBotState.ts)',
    layer: 'turn',
    turns: ['qa', 'interview'],
    withoutIt() {
      replaceExport(
        snapshotBotStateModule,
        'snapshotConversationState',
        (storage) => new ConversationState(storage) as never,
      );
      replaceExport(snapshotBotStateModule, 'snapshotUserState', (storage) => new UserState(storage) as never);
    },
  },
  {
    id: 'native-accessors',
    what: 'state properties read by native async accessors that skip a load the turn holds (dialogs/snapshotBotState.ts)',
    layer: 'turn',
    turns: ['qa', 'interview'],
    withoutIt() {
      // botbuilder's BotStatePropertyAccessor, as BotState.createProperty makes it.
      replaceMethod(
        snapshotBotStateModule.SnapshotBotState.prototype,
        'createProperty',
        function (this: BotState, name: string) {
          return new BotStatePropertyAccessor(this, name);
        },
      );
    },
  },
  {
    id: 'message-override',
    what: 'messages answered by overriding onMessageActivity, not through an onMessage handler (dialogs/nutritionBot.ts)',
    layer: 'turn',
    turns: ['qa', 'interview'],
    withoutIt() {
      // The message logic registered with onMessage, run through botbuilder's handler chain.
      const registered = new WeakSet<object>();
      replaceMethod(NutritionBot.prototype, 'onMessageActivity', function (this: NutritionBot, context: TurnContext) {
        if (!registered.has(this)) {
          registered.add(this);
          this.onMessage(async (c, next) => {
            await this.answerMessage(c);
            await next();
          });
        }
        return ActivityHandler.prototype['onMessageActivity'].call(this, context);
      });
    },
  },
  {
    id: 'json-storage',
    what: 'state handed over as JSON by the in-process store (src/state/inProcessStorage.ts)',
    layer: 'turn',
    turns: ['qa', 'interview'],
    withoutIt() {
      const create = createStateStoreModule.createStateStore;
      replaceExport(createStateStoreModule, 'createStateStore', async (...args) => {
        const store = await create(...args);
        return { ...store, storage: plainStorage(store.storage) };
      });
    },
  },
  {
    id: 'shared-replies',
    what: 'answers and their renderings built once, frozen and shared (dialogs/replies/sharedReplies.ts)',
    layer: 'turn',
    turns: ['qa'],
    withoutIt() {
      // Built and rendered on every turn.
      replaceMethod(SharedReplies.prototype, 'get', (_key: string, build: () => unknown) => build());
    },
  },
  {
    id: 'dialog-configuration',
    what: "botbuilder-dialogs' memory configuration kept across turns (internal turn-state key)",
    layer: 'turn',
    turns: ['interview'],
    withoutIt() {
      // botbuilder-dialogs builds the configuration for the first dialog context of each turn.
      const createContext = DialogSet.prototype.createContext;
      replaceMethod(DialogSet.prototype, 'createContext', function (this: DialogSet, context: TurnContext) {
        context.turnState.delete(mainDialogModule.DIALOG_STATE_MANAGER_CONFIGURATION);
        return createContext.call(this, context);
      });
    },
  },
  {
    id: 'dialogs-when-needed',
    what: 'questions answered without a dialog context when no flow runs (dialogs/mainDialog.ts)',
    layer: 'turn',
    turns: ['qa'],
    withoutIt() {
      // Every turn goes through the dialog stack: the router's waterfall answers the question.
      replaceMethod(mainDialogModule.MainDialog.prototype, 'hasActiveFlow', async () => true);
    },
  },
  {
    id: 'score-table',
    what: 'nextQuestion ranks from a score table, a second copy of assess() (knowledge/scoring)',
    layer: 'turn',
    turns: ['interview'],
    withoutIt() {
      replaceExport(nextQuestionModule, 'nextQuestion', nextQuestionByAssess);
    },
  },
];

/** Applies the variants named in BENCH_WITHOUT (comma-separated ids); unknown ids stop the process. */
export function applyWithout(list: string | undefined): string[] {
  const ids = (list ?? '').split(',').filter(Boolean);
  for (const id of ids) {
    const shortcut = SHORTCUTS.find((s) => s.id === id);
    if (!shortcut) throw new Error(`bench: no shortcut "${id}"`);
    shortcut.withoutIt();
  }
  return ids;
}

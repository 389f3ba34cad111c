/** What the bot keeps about a conversation and a person, and the accessors to it. */
import type { BotState as BotFrameworkState, StatePropertyAccessor } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { DietTag } from '../knowledge/schema';
import type { Level } from '../knowledge/triage/triageSchema';
import type { Warning } from '../knowledge/triage/warningScreen';
import type { AboutPeople } from '../knowledge/understanding/about';
import type { AnswerTag, Rating } from './insights';
import type { LastQuestion } from './answers/answerQuestion';
import type { Replay } from './answers/replay';
import type { InterviewAnswers } from '../knowledge/scoring/assess';

export interface ConversationMemory {
  /** The not-a-substitute-for-a-clinician line has been shown in this conversation. */
  disclaimerShown?: boolean;
  last?: LastQuestion;
  /** What the last answer was built from, so "say that again" can give it again. */
  replay?: Replay;
  /** The choices the bot offered last, so "2" means the second one. */
  lastSuggestions?: string[];
  /** The answers of the last completed symptom interview, for "summary". */
  lastInterview?: InterviewAnswers;
  /** When that symptom check ended (ms), for check-ins. */
  lastInterviewAt?: number;
  /**
   * Warnings the person raised anywhere in this conversation: the conversation's triage level is the
   * highest of them, and a later "none of these" never lowers it.
   */
  told?: ToldWarnings;
  /**
   * What the person said about themselves (age, sex, pregnancy, breastfeeding, their medicines) and the
   * last person they asked about, for the daily needs, medicine answers and symptom check that follow.
   */
  about?: AboutPeople;
  /** The diets the person said they follow ("I'm vegetarian, no fish either"), for the food lists that follow. */
  diets?: DietTag[];
  /** The last answers a person may rate (newest last), with their activity ids where the channel gave them. */
  answers?: (AnswerTag & { id?: string })[];
  /** "feedback" asked which rating; or a rating given, waiting for its optional comment. */
  feedbackStep?: AnswerTag & { rating?: Rating };
  /** A check-in offered after a symptom check, waiting for "in 2 weeks" or "no thanks". */
  checkInOffer?: CheckInBasis;
  /** A check-in question sent, waiting for "better", "the same" or "worse". */
  checkIn?: CheckInBasis;
  /**
   * A story told with a question (the message, at most 1,000 characters) whose answer offered the symptom
   * check: "check my symptoms" next begins with it; any other message drops it.
   */
  storyToCheck?: string;
}

/** The symptom check a check-in follows (its answers are the conversation's lastInterview). */
export interface CheckInBasis {
  takenAt: number;
  level: Level;
  /** Check-ins already sent after that symptom check. */
  round: number;
}

export interface ToldWarnings {
  /** Warning-sign ids (triage.json). */
  signs: string[];
  /** Out-of-range blood results, as read (the last few). */
  labs?: Warning[];
}

/** Only what the person told the bot and chose to keep; "forget me" deletes it. */
export interface UserProfile {
  diet?: DietTag;
}

export interface BotState {
  conversationState: BotFrameworkState;
  userState: BotFrameworkState;
  dialogState: StatePropertyAccessor<DialogState>;
  memory: StatePropertyAccessor<ConversationMemory>;
  profile: StatePropertyAccessor<UserProfile>;
}

export function createBotState(conversationState: BotFrameworkState, userState: BotFrameworkState): BotState {
  return {
    conversationState,
    userState,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    memory: conversationState.createProperty<ConversationMemory>('memory'),
    profile: userState.createProperty<UserProfile>('profile'),
  };
}

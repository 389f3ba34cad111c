/** "What do you know about me" and "forget me": what is stored, and deleting it. */
import type { TurnContext } from 'botbuilder';
import { dayName } from './checkins/checkInTime';
import type { CheckInScheduler } from './checkins/checkInTypes';
import type { Clock } from './clock';
import type { BotState } from './conversationMemory';
import { type Insights, ownerKey } from './insights';
import { type Reply, list, reply, text } from './replies/replyModel';

export interface PrivacyDeps {
  state: BotState;
  clock: Clock;
  checkIns?: CheckInScheduler;
  insights?: Insights;
}

const ownerOf = (context: TurnContext) => ownerKey(context.activity.channelId, context.activity.from?.id);

/** inProgress: what a flow in progress keeps so far, in its own words. */
export async function whatDoYouKnow(context: TurnContext, deps: PrivacyDeps, inProgress?: string): Promise<Reply> {
  const { state } = deps;
  const profile = await state.profile.get(context, {});
  const memory = await state.memory.get(context, {});
  const items: string[] = [];
  if (profile.diet) items.push(`Your diet: ${profile.diet}`);
  const self = memory.about?.self;
  if (self) {
    const said = [
      self.pregnant ? 'pregnant' : '',
      self.breastfeeding ? 'breastfeeding' : '',
      self.sex ?? '',
      self.ageMonths !== undefined ? `aged ${Math.floor(self.ageMonths / 12)}` : '',
    ].filter(Boolean);
    items.push(`What you told me about yourself (${said.join(', ')}), so answers about daily needs fit you`);
  }
  if (memory.diets?.length) items.push(`The diet you mentioned (${memory.diets.join(', ')}), for food lists`);
  if (memory.about?.other) items.push('The age of the person you last asked about, for follow-up questions');
  if (memory.about?.medicines?.length)
    items.push(`The kinds of medicine you said you take (${memory.about.medicines.length}), for the symptom check`);
  if (memory.last || memory.replay)
    items.push('The topic of your last question, so “and calcium?” or “say that again” can build on it');
  if (inProgress) items.push(inProgress);
  if (memory.lastInterview) {
    const { symptoms, factors } = memory.lastInterview;
    items.push(
      `Your last symptom check: ${symptoms.length} symptom(s) and ${Object.keys(factors).length} answer(s), kept so I can summarise it`,
    );
  }
  const planned = await deps.checkIns?.pending(context);
  if (planned)
    items.push(
      `A check-in planned for ${dayName(planned.dueAt, planned.timeZone)}, with the answers of your symptom check so I can follow it up (“stop check-ins” cancels it)`,
    );
  const comments = (await deps.insights?.commentsOf(ownerOf(context), deps.clock.now())) ?? [];
  for (const c of comments)
    items.push(`Your feedback comment of ${dayName(c.at)}, kept until ${dayName(c.expiresAt)}: “${c.text}”`);
  return reply('privacy', {
    title: 'What I keep about you',
    blocks: [
      items.length ? list(items) : text('Nothing about you personally.'),
      text(
        'I keep only what this conversation needs, in the bot’s own storage, and no message text in logs. Say “forget me” to delete it all.',
      ),
    ],
    suggestions: ['Forget me'],
  });
}

export async function forgetMe(context: TurnContext, deps: PrivacyDeps): Promise<Reply> {
  await deps.checkIns?.cancel(context);
  await deps.insights?.forget(ownerOf(context));
  await deps.state.userState.delete(context);
  await deps.state.conversationState.delete(context);
  return reply('privacy', {
    blocks: [text('Done: I’ve deleted everything I kept about you and this conversation.')],
    suggestions: [],
  });
}

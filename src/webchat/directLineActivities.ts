/**
 * What the local Direct Line takes from a posted activity and what it keeps of it. A client may post
 * any JSON up to the body limit; the bot sees only the fields it reads, and the stored echo only what
 * Web Chat shows, so memory per activity is bounded whatever is posted.
 */
import type { Activity, ChannelAccount } from 'botbuilder';

/** Characters of a person's message kept in the echo (the bot itself reads only a bounded prefix). */
export const MAX_ECHO_TEXT = 1_000;
/** Longest clientActivityID kept (Web Chat's are short random strings). */
const MAX_CLIENT_ACTIVITY_ID = 100;
/** Attachments described to the bot (it reads only text and says so). */
const MAX_ATTACHMENTS = 10;
/** A card button's value (a "was this helpful?" click) is small; anything larger is not one of ours. */
const MAX_VALUE_JSON = 1_000;

/** An activity as the local Direct Line stores and serves it. */
export type DirectLineActivity = Partial<Activity> & { id: string };

/** The activity the bot receives for a posted one: its type, text, locale and attachments' types, from the conversation's person. */
export function incomingFrom(posted: Record<string, unknown>, from: ChannelAccount): Partial<Activity> {
  const attachments = Array.isArray(posted.attachments) ? posted.attachments.slice(0, MAX_ATTACHMENTS) : undefined;
  return {
    type: String(posted.type).slice(0, 64),
    from,
    ...(typeof posted.text === 'string' ? { text: posted.text } : {}),
    ...(typeof posted.locale === 'string' ? { locale: posted.locale.slice(0, 20) } : {}),
    ...(attachments?.length ? { attachments: attachments.map((a) => ({ contentType: contentTypeOf(a) })) } : {}),
    ...valueOf(posted),
    channelData: { clientActivityID: clientActivityIdOf(posted) },
  };
}

/** The echo Web Chat waits for: the stamped activity with its clientActivityID, its text cut to a length. */
export function echoOf(activity: Activity): DirectLineActivity {
  const text = typeof activity.text === 'string' ? activity.text.slice(0, MAX_ECHO_TEXT) : undefined;
  const clientActivityID = (activity.channelData as { clientActivityID?: string } | undefined)?.clientActivityID;
  return {
    type: activity.type,
    id: activity.id!,
    from: activity.from,
    conversation: activity.conversation,
    timestamp: activity.timestamp,
    ...(text !== undefined ? { text } : {}),
    ...(clientActivityID ? { channelData: { clientActivityID } } : {}),
  };
}

/** A card button's value, when it is a small plain object (the bot checks what is in it). */
function valueOf(posted: Record<string, unknown>): { value?: Record<string, unknown> } {
  const value = posted.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const json = JSON.stringify(value);
  return json.length <= MAX_VALUE_JSON ? { value: JSON.parse(json) as Record<string, unknown> } : {};
}

function clientActivityIdOf(posted: Record<string, unknown>): string | undefined {
  const id = (posted.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
  return typeof id === 'string' ? id.slice(0, MAX_CLIENT_ACTIVITY_ID) : undefined;
}

function contentTypeOf(attachment: unknown): string {
  const type = (attachment as { contentType?: unknown } | null)?.contentType;
  return typeof type === 'string' ? type.slice(0, 100) : 'application/octet-stream';
}

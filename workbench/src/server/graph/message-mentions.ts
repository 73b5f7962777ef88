/**
 * The mentions of a channel message, checked as Graph checks them when one is sent (Microsoft
 * Learn, "Send chatMessage in a channel or a chat", example "Create a message with @mentions",
 * learn.microsoft.com/graph/api/chatmessage-post; and the `chatMessageMention` resource): the HTML
 * body names each mention with `<at id="N">text</at>`, and `mentions` holds, for each N, one
 * `{ id: N, mentionText: text, mentioned: { user: { id, displayName, userIdentityType } } }`.
 * A tag without its mention, a mention no tag uses, or a mention without a mentioned identity is
 * a 400; a kept message answers the mentions as sent, each `mentioned` with Graph's null members
 * filled in.
 */
import { GraphError } from './format';

const AT = /<at\s+id\s*=\s*"(\d+)"\s*>([\s\S]*?)<\/at>/gi;

function badRequest(message: string): GraphError {
  return new GraphError(400, 'BadRequest', message);
}

/** The decoded text of an `<at>` tag (the body's entities as Teams reads them). */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The mentions to keep, or a 400 when the body and `mentions` disagree. */
export function checkMentions(html: string, contentType: 'html' | 'text', mentions: unknown): Record<string, unknown>[] {
  const list = Array.isArray(mentions) ? mentions : [];
  const tags = contentType === 'html' ? [...html.matchAll(AT)].map((m) => ({ id: Number(m[1]), text: textOf(m[2] ?? '') })) : [];
  const kept: Record<string, unknown>[] = [];
  for (const raw of list) {
    if (typeof raw !== 'object' || raw === null) throw badRequest('A mention must be an object.');
    const m = raw as Record<string, unknown>;
    if (typeof m.id !== 'number' || !Number.isInteger(m.id)) throw badRequest('A mention needs an integer id.');
    const mentioned = typeof m.mentioned === 'object' && m.mentioned !== null ? (m.mentioned as Record<string, unknown>) : null;
    const user = mentioned && typeof mentioned.user === 'object' && mentioned.user !== null ? (mentioned.user as Record<string, unknown>) : null;
    const other = mentioned && (mentioned.application || mentioned.conversation || mentioned.tag);
    if (!user && !other) throw badRequest(`Mention ${m.id} names no mentioned identity.`);
    if (user && typeof user.id !== 'string') throw badRequest(`Mention ${m.id}: mentioned.user.id is required.`);
    const tag = tags.find((t) => t.id === m.id);
    if (!tag) throw badRequest(`Mention ${m.id} has no <at id="${m.id}"> in the message body.`);
    if (typeof m.mentionText === 'string' && m.mentionText !== tag.text) throw badRequest(`Mention ${m.id}: mentionText "${m.mentionText}" is not the text of its <at> tag ("${tag.text}").`);
    kept.push({
      id: m.id,
      mentionText: typeof m.mentionText === 'string' ? m.mentionText : tag.text,
      mentioned: { application: null, device: null, conversation: null, tag: null, ...mentioned, ...(user ? { user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', userIdentityType: 'aadUser', ...user } } : {}) },
    });
  }
  for (const tag of tags) if (!kept.some((k) => k.id === tag.id)) throw badRequest(`<at id="${tag.id}"> has no mention with id ${tag.id}.`);
  return kept;
}

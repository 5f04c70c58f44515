/**
 * Checks the shape of an incoming activity before the Bot Framework adapter sees it: the
 * adapter answers a malformed one with a 500, or holds it for seconds, instead of a 400.
 */
const KNOWN_TYPES = new Set([
  'message',
  'conversationUpdate',
  'contactRelationUpdate',
  'typing',
  'endOfConversation',
  'event',
  'invoke',
  'installationUpdate',
  'messageReaction',
  'messageUpdate',
  'messageDelete',
  'deleteUserData',
  'trace',
  'handoff',
  'suggestion',
  'command',
  'commandResult',
]);

export function activityProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'The body must be a JSON object (a Bot Framework activity).';
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || !activity.type) return 'The activity has no "type".';
  if (!KNOWN_TYPES.has(activity.type)) return `Unknown activity type "${activity.type.slice(0, 40)}".`;
  const conversation = activity.conversation as Record<string, unknown> | undefined;
  if (!conversation || typeof conversation !== 'object' || typeof conversation.id !== 'string' || !conversation.id) {
    return 'The activity needs "conversation": {"id": "..."}.';
  }
  const from = activity.from as Record<string, unknown> | undefined;
  if (!from || typeof from !== 'object' || typeof from.id !== 'string') return 'The activity needs "from": {"id": "..."}.';
  if (typeof activity.serviceUrl !== 'string' || !/^https?:\/\//.test(activity.serviceUrl)) {
    return 'The activity needs a "serviceUrl" (http or https).';
  }
  if (activity.text !== undefined && typeof activity.text !== 'string') return '"text" must be a string.';
  if (activity.channelId !== undefined && typeof activity.channelId !== 'string') return '"channelId" must be a string.';
  return undefined;
}

import { maskContacts } from '@haven/core';
import type { ChatMessage, Role } from '@haven/protocol';
import type { LiveRoom } from '../live-room';

/**
 * A message as one kind of reader receives it. In a group that hides contact details, a
 * participant gets phone numbers and emails as •••, every time a message leaves the server (live,
 * in history, in the sender's own reply); moderators get the text as written, marked, so they
 * know what the room saw. The store keeps the text as written: the setting can be turned off.
 */
export function messageFor(room: LiveRoom, role: Role, message: ChatMessage): ChatMessage {
  if (!room.info.maskContacts || message.removed) return message;
  const masked = maskContacts(message.text);
  if (!masked.masked) return message;
  return role === 'participant'
    ? { ...message, text: masked.text, contactsHidden: true }
    : { ...message, contactsHidden: true };
}

/** Both copies of a new message, masked once: for the room, and for its moderators. */
export function copiesOf(
  room: LiveRoom,
  message: ChatMessage,
): { participants: ChatMessage; moderators: ChatMessage } {
  if (!room.info.maskContacts || message.removed)
    return { participants: message, moderators: message };
  const masked = maskContacts(message.text);
  if (!masked.masked) return { participants: message, moderators: message };
  return {
    participants: { ...message, text: masked.text, contactsHidden: true },
    moderators: { ...message, contactsHidden: true },
  };
}

export const messagesFor = (room: LiveRoom, role: Role, messages: ChatMessage[]): ChatMessage[] =>
  room.info.maskContacts ? messages.map((m) => messageFor(room, role, m)) : messages;

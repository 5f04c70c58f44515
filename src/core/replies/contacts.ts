import type { ReplyLink } from './reply';

/** Who a person can reach beyond the bot: set by the operator (SUPPORT_URL, SUPPORT_PHONE, EMERGENCY_NUMBER). */
export interface Contacts {
  /** The region's one emergency number; unset: the replies name 999, 112 and 911. */
  emergencyNumber?: string;
  /** A clinic's or support team's page, and phone number. */
  supportUrl?: string;
  supportPhone?: string;
}

export const NO_CONTACTS: Contacts = {};

/** The numbers named when the operator has not set one: the wording the bot always had. */
const DEFAULT_EMERGENCY_NUMBERS = ['999', '112', '911'];

/** A number as a tel: address: digits and a leading + only. */
export const telUrl = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** "112", or "your local emergency number (such as 999, 112 or 911)". */
export function emergencyNumberWords(contacts: Contacts): string {
  return contacts.emergencyNumber ?? 'your local emergency number (such as 999, 112 or 911)';
}

/** Tap-to-call buttons for the emergency number (one when it is set, the three usual ones when not). */
export function emergencyCallLinks(contacts: Contacts): ReplyLink[] {
  const numbers = contacts.emergencyNumber ? [contacts.emergencyNumber] : DEFAULT_EMERGENCY_NUMBERS;
  return numbers.map((n) => ({ title: `Call ${n}`, url: telUrl(n) }));
}

/** "You can also talk to a person: ..." with the configured page and phone; empty when neither is set. */
export function supportLine(contacts: Contacts): string {
  const ways = [
    ...(contacts.supportUrl ? [`[contact us online](${contacts.supportUrl})`] : []),
    ...(contacts.supportPhone ? [`call [${contacts.supportPhone}](${telUrl(contacts.supportPhone)})`] : []),
  ];
  return ways.length > 0 ? `To talk to a person, ${ways.join(' or ')}.` : '';
}

/** Buttons for the same contacts. */
export function supportLinks(contacts: Contacts): ReplyLink[] {
  return [
    ...(contacts.supportUrl ? [{ title: 'Contact us', url: contacts.supportUrl }] : []),
    ...(contacts.supportPhone ? [{ title: `Call ${contacts.supportPhone}`, url: telUrl(contacts.supportPhone) }] : []),
  ];
}

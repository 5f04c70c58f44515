/**
 * Masks the obvious personal data people sometimes type (emails, phone numbers, long digit
 * runs) before an unanswered question is kept for content owners.
 */
export function maskPersonalData(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
    .replace(/(\+?\d[\d\s().-]{7,}\d)/g, '[number]')
    .replace(/https?:\/\/\S+/g, '[link]');
}

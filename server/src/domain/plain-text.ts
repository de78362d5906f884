/** Bidirectional control characters: U+202E would show a reason reversed in the email. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Returns text that specialists write for customers without the characters
 * that change how it displays: bidirectional controls are removed and
 * carriage returns become line feeds.
 */
export function toPlainText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/\r\n?/g, '\n');
}

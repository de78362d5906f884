/**
 * Bidirectional controls (U+202E would show a reason reversed in the email)
 * and the C0 controls other than tab and line breaks (PostgreSQL text cannot
 * hold U+0000).
 */
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Returns text that specialists write for customers without the characters
 * that change how it displays: hidden controls are removed and carriage
 * returns become line feeds.
 */
export function toPlainText(text: string): string {
  return text.replace(HIDDEN_CONTROLS, '').replace(/\r\n?/g, '\n');
}

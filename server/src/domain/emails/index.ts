import { renderApprovedEmail } from './templates/approved';
import { renderForwardedEmail } from './templates/forwarded';
import { renderMiitRejectedEmail } from './templates/miit-rejected';
import { renderRejectedEmail } from './templates/rejected';
import { renderSmsExpiredEmail } from './templates/sms-expired';
import type { EmailDataByKind, EmailKind, RenderedEmail } from './types';

const RENDERERS: {
  [K in EmailKind]: (data: EmailDataByKind[K]) => RenderedEmail;
} = {
  rejected: renderRejectedEmail,
  forwarded: renderForwardedEmail,
  approved: renderApprovedEmail,
  miit_rejected: renderMiitRejectedEmail,
  sms_expired: renderSmsExpiredEmail,
};

/** Renders the customer email of the given kind. */
export function renderEmail<K extends EmailKind>(
  kind: K,
  data: EmailDataByKind[K],
): RenderedEmail {
  const render = RENDERERS[kind] as (data: EmailDataByKind[K]) => RenderedEmail;
  return render(data);
}

export { fieldLabel } from './field-label';
export { escapeHtml } from './html';
export { MIIT_BEIAN_URL } from './layout';
export { maskIdNumber, maskMobile } from './mask';
export {
  smsRoleLabel,
  smsVerifiers,
  type SmsVerifier,
  type SmsVerifierRole,
} from './sms-verifiers';
export {
  renderApprovedEmail,
  renderForwardedEmail,
  renderMiitRejectedEmail,
  renderRejectedEmail,
  renderSmsExpiredEmail,
};
export * from './types';

import { html, SafeHtml, toSingleLine, truncate } from './html';
import type { EmailContext, RenderedEmail } from './types';

/** MIIT's filing system, where SMS codes are entered and numbers linked. */
export const MIIT_BEIAN_URL = 'https://beian.miit.gov.cn';

/** Maximum length of the entity name in a subject, in characters. */
const SUBJECT_NAME_LENGTH = 40;

const SIGNATURE = '此邮件由系统自动发送，请勿直接回复。如有疑问，请联系备案客服。';

/**
 * Builds a subject `【ICP备案】<entity name><text>（<reference>）` on one
 * line: line breaks and other control characters in any part are removed.
 */
export function subjectLine(context: EmailContext, text: string): string {
  const entityName = truncate(
    toSingleLine(context.entityName),
    SUBJECT_NAME_LENGTH,
  );
  return toSingleLine(
    `【ICP备案】${entityName}${text}（${toSingleLine(context.reference)}）`,
  );
}

export function greeting(context: EmailContext): string {
  const name = toSingleLine(context.applicantName);
  return name ? `${name}，您好：` : '您好：';
}

/** `您为“<entity>”提交的ICP备案申请（申请编号：<reference>）` */
export function applicationPhrase(context: EmailContext): string {
  const entityName = toSingleLine(context.entityName);
  const reference = toSingleLine(context.reference);
  return `您为“${entityName}”提交的ICP备案申请（申请编号：${reference}）`;
}

/**
 * Assembles the email. The text part is the greeting, the text blocks and
 * the signature, separated by blank lines. The HTML part wraps `body` in a
 * minimal document with the same greeting and signature.
 */
export function assembleEmail(
  context: EmailContext,
  subject: string,
  textBlocks: string[],
  body: SafeHtml,
): RenderedEmail {
  const text = [greeting(context), ...textBlocks, SIGNATURE].join('\n\n');
  const document = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${subject}</title>
</head>
<body style="font-family: sans-serif; font-size: 14px; line-height: 1.6;">
<p>${greeting(context)}</p>
${body}
<p style="color: #888; font-size: 12px;">${SIGNATURE}</p>
</body>
</html>
`;
  return { subject, text: `${text}\n`, html: document.value };
}

/** Builds an HTML link whose text is its address. */
export function link(url: string): SafeHtml {
  return html`<a href="${url}">${url}</a>`;
}

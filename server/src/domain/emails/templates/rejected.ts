import { fieldLabel } from '../field-label';
import { assertHttpUrl, html, htmlLines } from '../html';
import { applicationPhrase, assembleEmail, link, subjectLine } from '../layout';
import type { RejectedEmailData, RenderedEmail } from '../types';

/**
 * Renders the rejection email: every reason with its field, the problem
 * and the fix, and a link back to the portal. Throws an Error when there
 * is no reason or the portal URL is not http(s).
 */
export function renderRejectedEmail(data: RejectedEmailData): RenderedEmail {
  if (data.reasons.length === 0) {
    throw new Error(
      `Cannot render the rejection email for ${data.reference}: ` +
        'it needs at least one reason',
    );
  }
  const portalUrl = assertHttpUrl(data.portalUrl, 'portalUrl');
  const subject = subjectLine(data, '的备案申请未通过审核，请修改后重新提交');
  const intro =
    `${applicationPhrase(data)}未通过我们的审核。` +
    '请按以下意见逐项修改，然后登录备案系统重新提交。';

  const reasons = data.reasons.map((reason) => ({
    field: reason.path ? fieldLabel(reason.path) : '',
    text: reason.text.trim(),
    suggestion: reason.suggestion?.trim() ?? '',
  }));

  const reasonsText = reasons
    .map((reason, i) => {
      const heading = reason.field ? `字段：${reason.field}` : '整体';
      const lines = [`${i + 1}. ${heading}`, `   问题：${reason.text}`];
      if (reason.suggestion) {
        lines.push(`   修改建议：${reason.suggestion}`);
      }
      return lines.join('\n');
    })
    .join('\n');

  const reasonsHtml = reasons.map((reason) => {
    const suggestion = reason.suggestion
      ? html`<div><strong>修改建议：</strong>${htmlLines(reason.suggestion)}</div>`
      : '';
    return html`<li style="margin-bottom: 8px;">
<div><strong>字段：</strong>${reason.field || '整体'}</div>
<div><strong>问题：</strong>${htmlLines(reason.text)}</div>
${suggestion}
</li>
`;
  });

  return assembleEmail(
    data,
    subject,
    [intro, reasonsText, `修改并重新提交：${portalUrl}`],
    html`<p>${intro}</p>
<ol>
${reasonsHtml}</ol>
<p>修改并重新提交：${link(portalUrl)}</p>
`,
  );
}

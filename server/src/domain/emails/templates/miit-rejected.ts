import { assertHttpUrl, html, htmlLines } from '../html';
import { applicationPhrase, assembleEmail, link, subjectLine } from '../layout';
import type { MiitRejectedEmailData, RenderedEmail } from '../types';

const NO_REASON = '管局未说明退回原因，请联系备案客服了解详情。';

/**
 * Renders the email sent when MIIT returns the application: MIIT's reason
 * and what to do next (fix the application and resubmit it in the portal).
 */
export function renderMiitRejectedEmail(
  data: MiitRejectedEmailData,
): RenderedEmail {
  const portalUrl = assertHttpUrl(data.portalUrl, 'portalUrl');
  const reason = data.reason.trim();
  const intro = `${applicationPhrase(data)}已被管局退回。`;
  const nextStep =
    '请根据退回原因修改备案信息或补充材料，然后登录备案系统重新提交。' +
    '重新提交后，我们会再次审核并提交管局。';

  return assembleEmail(
    data,
    subjectLine(data, '的备案申请被管局退回，请修改后重新提交'),
    [
      intro,
      `管局退回原因：${reason || NO_REASON}`,
      nextStep,
      `重新提交：${portalUrl}`,
    ],
    html`<p>${intro}</p>
<p><strong>管局退回原因：</strong>${reason ? htmlLines(reason) : NO_REASON}</p>
<p>${nextStep}</p>
<p>重新提交：${link(portalUrl)}</p>
`,
  );
}

import { formatShanghaiDateTime } from '../../calendar/shanghai-time';
import { assertHttpUrl, html } from '../html';
import {
  applicationPhrase,
  assembleEmail,
  link,
  MIIT_BEIAN_URL,
  subjectLine,
} from '../layout';
import type { RenderedEmail, SmsExpiredEmailData } from '../types';

/**
 * Renders the email sent when the 24 hours for SMS verification passed and
 * MIIT returned the application: what happened, and that the customer can
 * resubmit unchanged and must verify within 24 hours of the next SMS.
 */
export function renderSmsExpiredEmail(
  data: SmsExpiredEmailData,
): RenderedEmail {
  const portalUrl = assertHttpUrl(data.portalUrl, 'portalUrl');
  const deadline = data.smsDeadline
    ? `（截止时间：北京时间 ${formatShanghaiDateTime(data.smsDeadline)}）`
    : '';
  const intro =
    `${applicationPhrase(data)}已提交至工信部，但短信核验未在 24 小时内完成` +
    `${deadline}，申请已被退回。`;
  const nextStep =
    '备案信息无需修改，请登录备案系统直接重新提交。我们审核后将再次提交管局，' +
    `工信部会重新发送核验短信，请在收到短信后 24 小时内登录 ${MIIT_BEIAN_URL} ` +
    '完成核验（证件号码后 6 位中的字母请输入大写）。';

  return assembleEmail(
    data,
    subjectLine(data, '的备案申请因短信核验超时被退回'),
    [intro, nextStep, `重新提交：${portalUrl}`],
    html`<p>${intro}</p>
<p>${nextStep}</p>
<p>重新提交：${link(portalUrl)}</p>
`,
  );
}

import { formatShanghaiDateTime } from '../../calendar/shanghai-time';
import { html, toSingleLine } from '../html';
import {
  applicationPhrase,
  assembleEmail,
  link,
  MIIT_BEIAN_URL,
  subjectLine,
} from '../layout';
import { maskMobile } from '../mask';
import { smsRoleLabel } from '../sms-verifiers';
import type { ForwardedEmailData, RenderedEmail } from '../types';

const UPPER_CASE_RULE =
  '核验时请输入短信验证码和本人证件号码的后 6 位；后 6 位中有字母的，请输入大写字母。';
const EXPIRY_RULE =
  '超过 24 小时未完成核验，备案申请将被退回，需要重新提交。';
const NEXT_STEP = '短信核验完成后，申请将进入管局审核，审核结果会以邮件通知您。';

/**
 * Renders the email sent when the application is forwarded to MIIT. It
 * names who must verify by SMS (names, roles and masked mobiles) and says
 * to do it within 24 hours at beian.miit.gov.cn. It also says that letters
 * in the last 6 characters of the document number are entered in upper
 * case. With no one to verify, as after a `change` that alters no
 * principal, it says that no SMS is needed.
 */
export function renderForwardedEmail(data: ForwardedEmailData): RenderedEmail {
  const intro = `${applicationPhrase(data)}已通过我们的审核，并已提交至工信部备案系统。`;

  if (data.verifiers.length === 0) {
    const noSms = '本次申请无需短信核验，已直接进入管局审核，审核结果会以邮件通知您。';
    return assembleEmail(
      data,
      subjectLine(data, '的备案申请已提交管局审核'),
      [intro, noSms],
      html`<p>${intro}</p>\n<p>${noSms}</p>\n`,
    );
  }

  const people = data.verifiers.map((verifier) => ({
    name: toSingleLine(verifier.name),
    roles: verifier.roles.map(smsRoleLabel).map(toSingleLine).join('、'),
    mobile: maskMobile(verifier.mobile),
  }));
  const deadline = data.smsDeadline
    ? `（截止时间：北京时间 ${formatShanghaiDateTime(data.smsDeadline)}）`
    : '';
  const whoText = '工信部将向以下人员的手机发送核验短信：';
  const whenText =
    `请以上人员在收到短信后 24 小时内${deadline}登录 ${MIIT_BEIAN_URL} ` +
    '完成短信核验。';

  const peopleText = people
    .map((person) => `- ${person.name}（${person.roles}）：手机 ${person.mobile}`)
    .join('\n');
  const peopleHtml = people.map(
    (person) =>
      html`<li>${person.name}（${person.roles}）：手机 ${person.mobile}</li>\n`,
  );

  return assembleEmail(
    data,
    subjectLine(data, '的备案申请已提交管局，请在 24 小时内完成短信核验'),
    [
      intro,
      `${whoText}\n${peopleText}`,
      whenText,
      UPPER_CASE_RULE,
      EXPIRY_RULE,
      NEXT_STEP,
    ],
    html`<p>${intro}</p>
<p>${whoText}</p>
<ul>
${peopleHtml}</ul>
<p>请以上人员在收到短信后 <strong>24 小时内</strong>${deadline}登录
${link(MIIT_BEIAN_URL)} 完成短信核验。</p>
<p>${UPPER_CASE_RULE}</p>
<p>${EXPIRY_RULE}</p>
<p>${NEXT_STEP}</p>
`,
  );
}

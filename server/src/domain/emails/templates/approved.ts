import { html, toSingleLine } from '../html';
import {
  applicationPhrase,
  assembleEmail,
  link,
  MIIT_BEIAN_URL,
  subjectLine,
} from '../layout';
import type { ApprovedEmailData, RenderedEmail } from '../types';

const FOOTER_RULE_START = '请在每个网站首页底部显著位置悬挂该网站的备案号，';
const KEEP_RULE =
  '已备案的网站须保持可以访问，并持续悬挂备案号；' +
  '否则今后新增网站或变更备案时，申请将被驳回。';

function bold(text: string) {
  return html`<strong>${text}</strong>`;
}

/** HTML that a website puts at the bottom of its homepage. */
function footerSnippet(filingNumber: string): string {
  return (
    `<a href="${MIIT_BEIAN_URL}/" target="_blank">` +
    `${filingNumber}</a>`
  );
}

/**
 * Renders the approval email: the entity's filing number, each website's
 * number, and the footer rule (the number at the bottom of the homepage,
 * linked to beian.miit.gov.cn), with a footer snippet for the first site.
 */
export function renderApprovedEmail(data: ApprovedEmailData): RenderedEmail {
  const entityNumber = toSingleLine(data.entityFilingNumber);
  const websites = data.websites.map((website) => ({
    name: toSingleLine(website.name),
    domains: website.domains.map(toSingleLine).join('、'),
    filingNumber: toSingleLine(website.filingNumber),
  }));
  const intro = `${applicationPhrase(data)}已通过管局审核，备案成功。`;
  const snippet = websites.length
    ? footerSnippet(websites[0].filingNumber)
    : '';

  const textBlocks = [intro, `主体备案号：${entityNumber}`];
  if (websites.length) {
    const lines = websites.map(
      (w) => `- ${w.name}（${w.domains}）：${w.filingNumber}`,
    );
    textBlocks.push(`网站备案号：\n${lines.join('\n')}`);
  }
  textBlocks.push(`${FOOTER_RULE_START}并将备案号链接至 ${MIIT_BEIAN_URL} 。`);
  if (snippet) {
    textBlocks.push(`首页底部代码示例：\n${snippet}`);
  }
  textBlocks.push(KEEP_RULE);

  const websitesHtml = websites.length
    ? html`<p>网站备案号：</p>
<ul>
${websites.map(
  (w) => html`<li>${w.name}（${w.domains}）：${bold(w.filingNumber)}</li>
`,
)}</ul>
`
    : '';
  const snippetHtml = snippet
    ? html`<p>首页底部代码示例：</p>
<pre style="background: #f5f5f5; padding: 8px;"><code>${snippet}</code></pre>
`
    : '';

  return assembleEmail(
    data,
    subjectLine(data, `备案成功，主体备案号：${entityNumber}`),
    textBlocks,
    html`<p>${intro}</p>
<p>主体备案号：<strong>${entityNumber}</strong></p>
${websitesHtml}<p>${FOOTER_RULE_START}并将备案号链接至 ${link(MIIT_BEIAN_URL)} 。</p>
${snippetHtml}<p>${KEEP_RULE}</p>
`,
  );
}

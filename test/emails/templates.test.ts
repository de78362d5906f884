import {
  EMAIL_KINDS,
  renderApprovedEmail,
  renderEmail,
  renderForwardedEmail,
  renderMiitRejectedEmail,
  renderRejectedEmail,
  renderSmsExpiredEmail,
  type EmailDataByKind,
  type EmailKind,
} from '../../server/src/domain/emails';

const CONTEXT = {
  reference: 'BA-2025-000123',
  entityName: '厦门鹭岛茶业有限公司',
  applicantName: '林晓东',
  portalUrl: 'https://portal.example.com/beian/applications/PORTAL-1',
};

const SAMPLES: EmailDataByKind = {
  rejected: {
    ...CONTEXT,
    reasons: [
      {
        path: 'websites[1].principal.mobile',
        text: '负责人手机号非备案省份号段',
        suggestion: '更换为备案省份的手机号码',
      },
      { path: 'entity.name', text: '主办单位名称与营业执照不一致' },
      { text: '核验单未签字', suggestion: '由负责人本人签字后重新上传' },
    ],
  },
  forwarded: {
    ...CONTEXT,
    smsDeadline: new Date('2025-01-28T02:00:00Z'),
    verifiers: [
      {
        name: '林晓东',
        mobile: '13906001287',
        roles: [
          { kind: 'entity_principal' },
          {
            kind: 'website_principal',
            websiteIndex: 0,
            websiteName: '鹭岛茶叶商城',
          },
        ],
      },
      {
        name: '陈雨桐',
        mobile: '13812345678',
        roles: [
          {
            kind: 'website_principal',
            websiteIndex: 1,
            websiteName: '鹭岛茶博客',
          },
        ],
      },
    ],
  },
  approved: {
    ...CONTEXT,
    entityFilingNumber: '闽ICP备12345678号',
    websites: [
      {
        name: '鹭岛茶叶商城',
        domains: ['ludaotea.cn', 'ludaotea.com'],
        filingNumber: '闽ICP备12345678号-1',
      },
      {
        name: '鹭岛茶博客',
        domains: ['ludaotea.blog'],
        filingNumber: '闽ICP备12345678号-2',
      },
    ],
  },
  miit_rejected: {
    ...CONTEXT,
    reason: '网站名称不符合命名规范\n请使用与单位名称相符的名称',
  },
  sms_expired: {
    ...CONTEXT,
    smsDeadline: new Date('2025-01-28T02:00:00Z'),
  },
};

function render<K extends EmailKind>(kind: K, data: EmailDataByKind[K]) {
  return renderEmail(kind, data);
}

describe('rejected email', () => {
  const email = renderRejectedEmail(SAMPLES.rejected);

  test('subject names entity and reference', () => {
    expect(email.subject).toBe(
      '【ICP备案】厦门鹭岛茶业有限公司的备案申请未通过审核，请修改后重新提交（BA-2025-000123）',
    );
  });

  test('lists every reason with field', () => {
    expect(email.text).toContain('1. 字段：网站2 负责人 手机号码');
    expect(email.text).toContain('问题：负责人手机号非备案省份号段');
    expect(email.text).toContain('修改建议：更换为备案省份的手机号码');
    expect(email.text).toContain('2. 字段：主体 名称');
    expect(email.text).toContain('问题：主办单位名称与营业执照不一致');
    expect(email.text).toContain('3. 整体');
    expect(email.text).toContain('修改建议：由负责人本人签字后重新上传');
    expect(email.html).toContain('网站2 负责人 手机号码');
    expect(email.html.match(/<li /g)).toHaveLength(3);
  });

  test('links back to portal', () => {
    expect(email.text).toContain(`修改并重新提交：${CONTEXT.portalUrl}`);
    expect(email.html).toContain(`<a href="${CONTEXT.portalUrl}">`);
  });

  test('greets applicant', () => {
    expect(email.text.startsWith('林晓东，您好：')).toBe(true);
    expect(email.html).toContain('<p>林晓东，您好：</p>');
  });

  test('requires a reason', () => {
    expect(() =>
      renderRejectedEmail({ ...SAMPLES.rejected, reasons: [] }),
    ).toThrow(/at least one reason/);
  });

  test('rejects javascript portal URL', () => {
    expect(() =>
      renderRejectedEmail({
        ...SAMPLES.rejected,
        portalUrl: 'javascript:alert(1)',
      }),
    ).toThrow(/http or https/);
  });
});

describe('forwarded email', () => {
  const email = renderForwardedEmail(SAMPLES.forwarded);

  test('names verifiers with masked mobiles', () => {
    expect(email.text).toContain(
      '- 林晓东（主体负责人、网站“鹭岛茶叶商城”负责人）：手机 139****1287',
    );
    expect(email.text).toContain('- 陈雨桐（网站“鹭岛茶博客”负责人）：手机 138****5678');
    expect(email.text).not.toContain('13906001287');
    expect(email.html).not.toContain('13906001287');
  });

  test('states 24 hours and deadline', () => {
    expect(email.subject).toContain('24 小时内完成短信核验');
    expect(email.text).toContain('24 小时内');
    expect(email.text).toContain('截止时间：北京时间 2025-01-28 10:00');
  });

  test('points to beian.miit.gov.cn', () => {
    expect(email.text).toContain('https://beian.miit.gov.cn');
    expect(email.html).toContain('<a href="https://beian.miit.gov.cn">');
  });

  test('states upper-case rule', () => {
    expect(email.text).toContain('证件号码的后 6 位');
    expect(email.text).toContain('请输入大写字母');
  });

  test('without verifiers: no SMS needed', () => {
    const quiet = renderForwardedEmail({ ...SAMPLES.forwarded, verifiers: [] });
    expect(quiet.text).toContain('无需短信核验');
    expect(quiet.text).not.toContain('24 小时');
  });
});

describe('approved email', () => {
  const email = renderApprovedEmail(SAMPLES.approved);

  test('gives entity number', () => {
    expect(email.subject).toContain('闽ICP备12345678号');
    expect(email.text).toContain('主体备案号：闽ICP备12345678号');
  });

  test('gives each website number', () => {
    expect(email.text).toContain(
      '- 鹭岛茶叶商城（ludaotea.cn、ludaotea.com）：闽ICP备12345678号-1',
    );
    expect(email.text).toContain('- 鹭岛茶博客（ludaotea.blog）：闽ICP备12345678号-2');
    expect(email.html).toContain('<strong>闽ICP备12345678号-2</strong>');
  });

  test('states footer rule', () => {
    expect(email.text).toContain('首页底部');
    expect(email.text).toContain('链接至 https://beian.miit.gov.cn');
    expect(email.text).toContain(
      '<a href="https://beian.miit.gov.cn/" target="_blank">' +
        '闽ICP备12345678号-1</a>',
    );
    expect(email.html).toContain(
      '<code>&lt;a href=&quot;https://beian.miit.gov.cn/&quot; ' +
        'target=&quot;_blank&quot;&gt;',
    );
    expect(email.text).toContain('保持可以访问');
  });
});

describe('miit_rejected email', () => {
  const email = renderMiitRejectedEmail(SAMPLES.miit_rejected);

  test('gives MIIT reason', () => {
    expect(email.text).toContain('管局退回原因：网站名称不符合命名规范');
    expect(email.html).toContain('网站名称不符合命名规范<br>请使用与单位名称相符的名称');
  });

  test('says what to do next', () => {
    expect(email.text).toContain('修改备案信息或补充材料');
    expect(email.text).toContain(`重新提交：${CONTEXT.portalUrl}`);
  });

  test('empty reason: contact support', () => {
    const blank = renderMiitRejectedEmail({
      ...SAMPLES.miit_rejected,
      reason: ' ',
    });
    expect(blank.text).toContain('管局未说明退回原因');
  });
});

describe('sms_expired email', () => {
  const email = renderSmsExpiredEmail(SAMPLES.sms_expired);

  test('says 24 hours passed', () => {
    expect(email.subject).toContain('短信核验超时');
    expect(email.text).toContain('未在 24 小时内完成');
    expect(email.text).toContain('截止时间：北京时间 2025-01-28 10:00');
  });

  test('says what to do next', () => {
    expect(email.text).toContain('直接重新提交');
    expect(email.text).toContain('收到短信后 24 小时内');
    expect(email.text).toContain(`重新提交：${CONTEXT.portalUrl}`);
  });
});

describe('applicant text is data', () => {
  const SCRIPT = '<script>alert("x")</script>有限公司';
  const hostile = {
    entityName: SCRIPT,
    applicantName: '<img src=x onerror=alert(1)>',
    reference: 'BA-1',
  };
  const hostileSamples: EmailDataByKind = {
    rejected: {
      ...SAMPLES.rejected,
      ...hostile,
      reasons: [{ text: '<b>问题</b>', suggestion: '<i>建议</i>' }],
    },
    forwarded: {
      ...SAMPLES.forwarded,
      ...hostile,
      verifiers: [
        {
          name: '<u>张三</u>',
          mobile: '13906001287',
          roles: [
            {
              kind: 'website_principal',
              websiteIndex: 0,
              websiteName: '<s>站</s>',
            },
          ],
        },
      ],
    },
    approved: {
      ...SAMPLES.approved,
      ...hostile,
      websites: [
        { name: '<em>站</em>', domains: ['a.cn'], filingNumber: '<q>-1' },
      ],
    },
    miit_rejected: {
      ...SAMPLES.miit_rejected,
      ...hostile,
      reason: '<p>原因</p>',
    },
    sms_expired: { ...SAMPLES.sms_expired, ...hostile },
  };

  test.each(EMAIL_KINDS)('%s escapes entity name', (kind) => {
    const email = render(kind, hostileSamples[kind]);
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;有限公司',
    );
  });

  test.each(EMAIL_KINDS)('%s escapes all applicant text', (kind) => {
    const email = render(kind, hostileSamples[kind]);
    const tags = ['<img', '<b>', '<i>', '<u>', '<s>', '<em>', '<q>', '<p>原因'];
    for (const tag of tags) {
      expect(email.html).not.toContain(tag);
    }
  });

  test.each(EMAIL_KINDS)('%s subject has no CR/LF', (kind) => {
    const data = {
      ...hostileSamples[kind],
      entityName: '鹭岛茶业\r\nBcc: victim@example.com\r\n\r\n<b>x</b>',
      reference: 'BA-1\nX-Injected: 1',
    };
    const email = render(kind, data);
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.subject).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
    expect(email.subject).toContain('鹭岛茶业 Bcc: victim@example.com <b>x</b>');
  });

  test('names in body stay on one line', () => {
    const email = render('sms_expired', {
      ...SAMPLES.sms_expired,
      entityName: '鹭岛\n\n请转账至 6222 0000',
    });
    expect(email.text).toContain('您为“鹭岛 请转账至 6222 0000”提交的');
  });

  test('long entity name shortened in subject', () => {
    const email = render('sms_expired', {
      ...SAMPLES.sms_expired,
      entityName: '茶'.repeat(100),
    });
    expect(email.subject).toContain(`${'茶'.repeat(39)}…的备案申请`);
  });
});

describe('renderEmail', () => {
  test.each(EMAIL_KINDS)('%s renders all parts', (kind) => {
    const email = render(kind, SAMPLES[kind]);
    expect(email.subject.startsWith('【ICP备案】厦门鹭岛茶业有限公司')).toBe(true);
    expect(email.subject.endsWith('（BA-2025-000123）')).toBe(true);
    expect(email.text).toContain('BA-2025-000123');
    expect(email.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(email.html).toContain('<meta charset="utf-8">');
  });
});

import {
  displayDomain,
  normaliseApplication,
  normaliseDocumentNumber,
  normaliseDomain,
  normaliseEmail,
  normaliseMobile,
} from '../../../server/src/domain/normalise';
import { curtainApplication } from '../support/applications';

describe('normaliseMobile', () => {
  test.each([
    ['+86 139-5920-1234', '13959201234'],
    ['0086 13959201234', '13959201234'],
    ['8613959201234', '13959201234'],
    ['１３８０６０１５６７８', '13806015678'],
    [' 139 5920 1234 ', '13959201234'],
    ['0755-86001234', '075586001234'],
    ['86139592012', '86139592012'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseMobile(input)).toBe(expected);
  });
});

describe('normaliseDomain', () => {
  test.each([
    ['XiLanTea.CN.', 'xilantea.cn'],
    ['溪岚茶事.中国', 'xn--3kqp65al6ngmt.xn--fiqs8s'],
    ['xilantea。cn', 'xilantea.cn'],
    ['ｘｉｌａｎｔｅａ．ｃｎ', 'xilantea.cn'],
    ['xilan_tea.cn', 'xilan_tea.cn'],
    ['exa mple.com', 'exa mple.com'],
    ['XiLanTea.CN/Index.html', 'xilantea.cn/index.html'],
    ['xilantea%2Ecn', 'xilantea%2ecn'],
    ['溪岚茶事.中国/', '溪岚茶事.中国/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDomain(input)).toBe(expected);
  });

  test('shows punycode in Unicode', () => {
    expect(displayDomain('xn--3kqp65al6ngmt.xn--fiqs8s')).toBe('溪岚茶事.中国');
  });
});

describe('other helpers', () => {
  test('upper-cases document numbers', () => {
    expect(normaliseDocumentNumber(' 35010219920903069x ')).toBe('35010219920903069X');
  });

  test('lower-cases only the email domain', () => {
    expect(normaliseEmail(' Li.Ming@Example.CN ')).toBe('Li.Ming@example.cn');
  });
});

describe('normaliseApplication', () => {
  test('returns a normalised copy and keeps the input', () => {
    const app = curtainApplication();
    app.entity.name = '　厦门溪岚茶业有限公司 ';
    app.websites[0].principal.mobile = '+86 138-0601-5678';
    app.websites[0].domains = ['WWW.XiLanTea.CN.'];
    const original = structuredClone(app);

    const normalised = normaliseApplication(app);

    expect(normalised.entity.name).toBe('厦门溪岚茶业有限公司');
    expect(normalised.websites[0].principal.mobile).toBe('13806015678');
    expect(normalised.websites[0].domains).toEqual(['www.xilantea.cn']);
    expect(app).toEqual(original);
  });

  test('normalises previous values too', () => {
    const app = curtainApplication();
    app.type = 'change';
    app.previous = { entity: structuredClone(app.entity), websites: structuredClone(app.websites) };
    app.previous.entity.certificateNumber = '91350203582431707x';
    expect(normaliseApplication(app).previous?.entity.certificateNumber).toBe('91350203582431707X');
  });

  test('upper-cases typed filing numbers', () => {
    const app = curtainApplication();
    app.entity.filingNumber = '闽icp备12345678号';
    expect(normaliseApplication(app).entity.filingNumber).toBe('闽ICP备12345678号');
  });
});

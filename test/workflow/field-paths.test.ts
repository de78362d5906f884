import { isFieldOf } from '../../server/src/domain/field-paths';

const application = {
  applicant: { name: '王静' },
  entity: { name: '溪岚茶事', principal: { mobile: '13959201234' } },
  websites: [{ name: '溪岚', domains: ['xilantea.cn'] }],
};

describe('isFieldOf', () => {
  test.each([
    ['entity', true],
    ['entity.principal.mobile', true],
    ['websites[0]', true],
    ['websites[0].domains[0]', true],
    ['entity.certificateAddress', true],
    ['entity.legalPerson', true],
    ['entity.filingNumber', true],
    ['websites[0].principal', true],
    ['websites[0].serverRegion', true],
    ['previous', true],
    ['entity.websites', false],
    ['applicant.applicant', false],
    ['mobile', false],
    ['websites[0].principal.entity', false],
    ['websites[0].mobile', false],
    ['websites[1]', false],
    ['websites[1].name', false],
    ['websites[0].domains[1]', false],
    ['websites[0].nonsense', false],
    ['entity.principal.mobile.digits', false],
    ['entity[0]', false],
    ['websites.name', false],
    ['constructor', false],
    ['entity..name', false],
    ['', false],
  ])('%s → %s', (path, expected) => {
    expect(isFieldOf(application, path)).toBe(expected);
  });
});

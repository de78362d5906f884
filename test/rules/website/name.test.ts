import type { Application } from '../../../server/src/domain/application';
import { websiteNameDomainOrLatin } from '../../../server/src/domain/rules/website/name-domain-or-latin';
import { websiteNameForbiddenWord } from '../../../server/src/domain/rules/website/name-forbidden-word';
import { websiteNameMissing } from '../../../server/src/domain/rules/website/name-missing';
import { websiteNamePersonalRestrictedWord } from '../../../server/src/domain/rules/website/name-personal-restricted-word';
import { websiteNamePreApprovalKeyword } from '../../../server/src/domain/rules/website/name-pre-approval-keyword';
import { websiteNameReservedWord } from '../../../server/src/domain/rules/website/name-reserved-word';
import { websiteNameSpecialCharacters } from '../../../server/src/domain/rules/website/name-special-characters';
import { websiteNameTooShort } from '../../../server/src/domain/rules/website/name-too-short';
import { websiteNameUnrelatedToEntity } from '../../../server/src/domain/rules/website/name-unrelated-to-entity';
import type { Rule } from '../../../server/src/domain/rules/rule';
import { buildReferenceData } from '../../../server/src/domain/reference-data';
import { curtainApplication, individualApplication, unitApplication } from '../support/applications';
import { DEFAULT_REFERENCE } from '../support/context';
import { rulePaths } from '../support/run-rule';

const PATH = ['websites[0].name'];

function pathsForName(rule: Rule, name: string, base: () => Application = curtainApplication): string[] {
  const app = base();
  app.websites[0].name = name;
  return rulePaths(rule, app);
}

describe('website.name.missing', () => {
  test.each<[string, string, string[]]>([
    ['name present', '溪岚茶事', []],
    ['empty', '', PATH],
    ['ideographic spaces', '\u3000\u3000', PATH],
  ])('%s', (_label, name, expected) => {
    expect(pathsForName(websiteNameMissing, name)).toEqual(expected);
  });
});

describe('website.name.too_short', () => {
  test.each<[string, string, string[]]>([
    ['3 Chinese characters', '溪岚茶', []],
    ['2 Chinese characters', '溪岚', PATH],
    ['2 Chinese characters and Latin', '溪岚Tea', PATH],
    ['empty', '', []],
  ])('%s', (_label, name, expected) => {
    expect(pathsForName(websiteNameTooShort, name)).toEqual(expected);
  });
});

describe('website.name.domain_or_latin', () => {
  test.each<[string, string, string[]]>([
    ['Chinese name', '溪岚茶事', []],
    ['Chinese with a Latin word', '溪岚Tea茶事', []],
    ['Latin only', 'Xilan Tea', PATH],
    ['digits and punctuation', '2026-11!', PATH],
    ['full-width Latin', 'Ｘｉｌａｎ', PATH],
    ['domain inside', '溪岚茶事xilantea.cn', PATH],
    ['subdomain inside', '溪岚茶事 www.xilan-tea.com.cn', PATH],
    ['version number', '溪岚茶事2.0', []],
    ['dot with a digit label', '溪岚茶事v1.2beta', []],
    ['empty', '', []],
  ])('%s', (_label, name, expected) => {
    expect(pathsForName(websiteNameDomainOrLatin, name)).toEqual(expected);
  });
});

describe('website.name.special_characters', () => {
  test.each<[string, string, string[]]>([
    ['letters, digits, space and hyphen', '溪岚 茶事-2026 Tea', []],
    ['book-title brackets', '【溪岚茶事】', PATH],
    ['middle dot', '溪岚·茶事', PATH],
    ['full-width hyphen becomes hyphen', '溪岚－茶事', []],
  ])('%s', (_label, name, expected) => {
    expect(pathsForName(websiteNameSpecialCharacters, name)).toEqual(expected);
  });
});

describe('website.name.reserved_word', () => {
  test.each<[string, string, string, string[]]>([
    ['no reserved word', '厦门溪岚茶业有限公司', '溪岚茶事', []],
    ['中华 not in the entity name', '厦门溪岚茶业有限公司', '溪岚中华茶事', PATH],
    ['中华 in the entity name', '厦门中华溪岚茶业有限公司', '溪岚中华茶事', []],
    ['entity name left out', '', '溪岚中华茶事', []],
  ])('%s', (_label, entityName, name, expected) => {
    const app = curtainApplication();
    app.entity.name = entityName;
    app.websites[0].name = name;
    expect(rulePaths(websiteNameReservedWord, app)).toEqual(expected);
  });
});

describe('website.name.forbidden_word', () => {
  test.each<[string, string, string[]]>([
    ['clean', '溪岚茶事', []],
    ['廉政', '溪岚廉政茶事', PATH],
    ['赌博', '溪岚赌博', PATH],
  ])('%s', (_label, name, expected) => {
    expect(pathsForName(websiteNameForbiddenWord, name)).toEqual(expected);
  });
});

describe('website.name.personal_restricted_word', () => {
  test.each<[string, string, () => Application, string[]]>([
    ['individual, clean', '霁川读书笔记', individualApplication, []],
    ['individual, 主页', '霁川读书主页', individualApplication, PATH],
    ['individual, 论坛', '霁川读书论坛', individualApplication, PATH],
    ['unit, 论坛', '溪岚茶事论坛', curtainApplication, []],
  ])('%s', (_label, name, base, expected) => {
    expect(pathsForName(websiteNamePersonalRestrictedWord, name, base)).toEqual(expected);
  });

  test('reads provincial words for the entity province', () => {
    const reference = buildReferenceData([
      { kind: 'personal_restricted_word', value: '笔记', provinceCode: '32', effectiveFrom: '2020-01-01', source: 'test' },
    ]);
    const app = individualApplication();
    expect(rulePaths(websiteNamePersonalRestrictedWord, app, { reference: { ...DEFAULT_REFERENCE, personalRestrictedWordsByProvince: reference.personalRestrictedWordsByProvince } })).toEqual(PATH);
  });
});

describe('website.name.unrelated_to_entity', () => {
  test.each<[string, string, string, string[]]>([
    ['shares the trade name', '厦门溪岚茶业有限公司', '溪岚茶事', []],
    ['shares nothing', '厦门溪岚茶业有限公司', '海风茶事', PATH],
    ['shares only 茶', '厦门溪岚茶业有限公司', '海风茶馆', PATH],
    ['shares 茶业', '厦门溪岚茶业有限公司', '海风茶业馆', []],
    ['province and city stripped', '福建省厦门市溪岚茶业有限公司', '福建厦门茶馆', PATH],
    ['industry words stripped', '厦门溪岚网络科技有限公司', '科技网络中心', PATH],
    ['only an organisation form left', '厦门有限公司', '海风茶事', []],
    ['group company', '厦门溪岚集团股份有限公司', '溪岚集团官网', []],
  ])('%s', (_label, entityName, name, expected) => {
    const app = curtainApplication();
    app.entity.name = entityName;
    app.websites[0].name = name;
    expect(rulePaths(websiteNameUnrelatedToEntity, app)).toEqual(expected);
  });

  test('individuals are not compared', () => {
    const app = individualApplication();
    app.websites[0].name = '读书笔记站';
    expect(rulePaths(websiteNameUnrelatedToEntity, app)).toEqual([]);
  });
});

describe('website.name.pre_approval_keyword', () => {
  test.each<[string, string, (app: Application) => void, string[]]>([
    ['no keyword', '澄屿学堂', () => {}, []],
    ['教育 with education declared', '澄屿教育课程中心', () => {}, []],
    ['教育 declared but incomplete', '澄屿教育课程中心', (app) => { app.websites[1].preApprovals[0].approvalNumber = ''; }, []],
    ['培训 without education', '澄屿培训中心', (app) => { app.websites[1].preApprovals = []; }, ['websites[1].name']],
    ['文化 without culture', '澄屿文化馆', () => {}, ['websites[1].name']],
    ['药 without drugs and devices', '澄屿药房', (app) => { app.websites[1].preApprovals = []; }, ['websites[1].name']],
    ['约车', '澄屿约车', () => {}, ['websites[1].name']],
  ])('%s', (_label, name, mutate, expected) => {
    const app = unitApplication();
    app.websites[1].name = name;
    mutate(app);
    expect(rulePaths(websiteNamePreApprovalKeyword, app)).toEqual(expected);
  });
});

import {
  smsRoleLabel,
  smsVerifiers,
} from '../../server/src/domain/emails';
import { application, person, website } from './fixtures';

const SITE_PRINCIPAL = person({
  name: '陈雨桐',
  idNumber: '35020319900101002X',
  mobile: '13812345678',
});

function summary(list: ReturnType<typeof smsVerifiers>) {
  return list.map((verifier) => ({
    name: verifier.name,
    roles: verifier.roles.map(smsRoleLabel),
  }));
}

describe('smsVerifiers', () => {
  test('new_filing: entity and website principals', () => {
    const app = application({
      websites: [
        website({ principal: SITE_PRINCIPAL }),
        website({ name: '鹭岛茶博客', domains: ['ludaotea.blog'] }),
      ],
    });
    expect(summary(smsVerifiers(app))).toEqual([
      { name: '林晓东', roles: ['主体负责人', '网站“鹭岛茶博客”负责人'] },
      { name: '陈雨桐', roles: ['网站“鹭岛茶叶商城”负责人'] },
    ]);
  });

  test('same person listed once', () => {
    const verifiers = smsVerifiers(application());
    expect(verifiers).toHaveLength(1);
    expect(verifiers[0].roles).toHaveLength(2);
    expect(verifiers[0].mobile).toBe('13906001287');
  });

  test('document number case ignored', () => {
    const app = application({
      entity: {
        ...application().entity,
        principal: person({ idNumber: '35020319900101002x' }),
      },
      websites: [website({ principal: SITE_PRINCIPAL })],
    });
    expect(smsVerifiers(app)).toHaveLength(1);
  });

  test('new_website: only new websites', () => {
    const app = application({
      type: 'new_website',
      websites: [
        website({ status: 'existing', principal: SITE_PRINCIPAL }),
        website({
          name: '新站',
          principal: person({ name: '王五', idNumber: 'E12345678' }),
        }),
      ],
    });
    expect(summary(smsVerifiers(app))).toEqual([
      { name: '林晓东', roles: ['主体负责人'] },
      { name: '王五', roles: ['网站“新站”负责人'] },
    ]);
  });

  test('new_website_filed_elsewhere: like new_website', () => {
    const app = application({
      type: 'new_website_filed_elsewhere',
      websites: [website({ principal: SITE_PRINCIPAL })],
    });
    expect(summary(smsVerifiers(app))).toEqual([
      { name: '林晓东', roles: ['主体负责人'] },
      { name: '陈雨桐', roles: ['网站“鹭岛茶叶商城”负责人'] },
    ]);
  });

  test('access_transfer: website principal only', () => {
    const app = application({
      type: 'access_transfer',
      websites: [website({ principal: SITE_PRINCIPAL })],
    });
    expect(summary(smsVerifiers(app))).toEqual([
      { name: '陈雨桐', roles: ['网站“鹭岛茶叶商城”负责人'] },
    ]);
  });

  describe('change', () => {
    const filed = website({
      status: 'modified',
      filingNumber: '闽ICP备12345678号-1',
      principal: SITE_PRINCIPAL,
    });
    const base = application({ type: 'change', websites: [filed] });
    const previous = { entity: base.entity, websites: [filed] };

    test('nothing changed: nobody', () => {
      expect(smsVerifiers({ ...base, previous })).toEqual([]);
    });

    test('changed website principal mobile', () => {
      const app = {
        ...base,
        previous,
        websites: [
          { ...filed, principal: { ...SITE_PRINCIPAL, mobile: '13812340000' } },
        ],
      };
      expect(summary(smsVerifiers(app))).toEqual([
        { name: '陈雨桐', roles: ['网站“鹭岛茶叶商城”负责人'] },
      ]);
    });

    test('changed entity principal', () => {
      const app = {
        ...base,
        previous,
        entity: {
          ...base.entity,
          principal: person({ name: '林晓明', idNumber: '350203198001010011' }),
        },
      };
      expect(summary(smsVerifiers(app))).toEqual([
        { name: '林晓明', roles: ['主体负责人'] },
      ]);
    });

    test('formatting differences ignored', () => {
      const app = {
        ...base,
        previous,
        websites: [
          {
            ...filed,
            principal: {
              ...SITE_PRINCIPAL,
              mobile: '+86 138-1234-5678',
              email: ' LINXD@Example.com ',
              idNumber: '35020319900101002x',
            },
          },
        ],
      };
      expect(smsVerifiers(app)).toEqual([]);
    });

    test('added website: its principal', () => {
      const added = website({
        name: '新站',
        domains: ['new.example.cn'],
        principal: person({ name: '王五', idNumber: 'E12345678' }),
      });
      const app = { ...base, previous, websites: [filed, added] };
      expect(summary(smsVerifiers(app))).toEqual([
        { name: '王五', roles: ['网站“新站”负责人'] },
      ]);
    });

    test('matches previous website by domain', () => {
      const renumbered = { ...filed, filingNumber: undefined };
      const app = {
        ...base,
        previous: {
          ...previous,
          websites: [{ ...filed, domains: ['x.cn'] }, renumbered],
        },
        websites: [renumbered],
      };
      expect(smsVerifiers(app)).toEqual([]);
    });
  });
});

describe('smsRoleLabel', () => {
  test('falls back to website number', () => {
    expect(
      smsRoleLabel({
        kind: 'website_principal',
        websiteIndex: 2,
        websiteName: ' ',
      }),
    ).toBe('网站3负责人');
  });
});

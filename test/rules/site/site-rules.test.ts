import type { Application } from '../../../server/src/domain/application';
import { normaliseApplication } from '../../../server/src/domain/normalise';
import { evaluateSiteRules, type FetchedPage } from '../../../server/src/domain/rules/site';
import { pageLinks, pageText, pageTitle } from '../../../server/src/domain/rules/site/html';
import { unitApplication } from '../support/applications';

const GOOD_PAGE = `<!doctype html><html><head><title>澄屿学堂 - 首页</title></head>
<body><main>课程</main><footer>
  <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2024012345号-1</a>
</footer></body></html>`;

function pagesFor(html: string | undefined, extra: Partial<FetchedPage> = {}): Map<number, FetchedPage> {
  const page: FetchedPage = { websiteIndex: 0, url: 'https://www.chengyuxuetang.com/', status: 200, html, ...extra };
  return new Map([[0, page]]);
}

function ruleAndPaths(app: Application, pages: Map<number, FetchedPage>): string[] {
  return evaluateSiteRules(normaliseApplication(app), pages).findings.map((f) => `${f.rule} ${f.path}`);
}

describe('live-website rules', () => {
  test.each<[string, Map<number, FetchedPage>, string[]]>([
    ['good footer and title', pagesFor(GOOD_PAGE), []],
    ['number without the -n suffix', pagesFor(GOOD_PAGE.replace('号-1', '号')), []],
    ['number split by markup and spaces', pagesFor(GOOD_PAGE.replace('>浙ICP备2024012345号-1<', '><span>浙ICP备</span> 2024012345号-1<')), []],
    ['link over http with a path', pagesFor(GOOD_PAGE.replace('https://beian.miit.gov.cn/', 'http://beian.miit.gov.cn/#/Integrated/index')), []],
    ['number as plain text', pagesFor(GOOD_PAGE.replace(/<a [^>]*>(.*?)<\/a>/, '$1')), ['site.footer.miit_link_missing websites[0].homepage']],
    ['link to another host', pagesFor(GOOD_PAGE.replace('beian.miit.gov.cn', 'beian.miit.gov.cn.example.com')), ['site.footer.miit_link_missing websites[0].homepage']],
    ['number only inside a script', pagesFor(GOOD_PAGE.replace(/<footer>[\s\S]*<\/footer>/, '<script>var n="浙ICP备2024012345号-1";</script>')), [
      'site.footer.filing_number_missing websites[0].homepage',
      'site.footer.miit_link_missing websites[0].homepage',
    ]],
    ['another title', pagesFor(GOOD_PAGE.replace('澄屿学堂 - 首页', '欢迎光临')), ['site.title_mismatch websites[0].name']],
    ['no title', pagesFor(GOOD_PAGE.replace(/<title>.*<\/title>/, '')), ['site.title_mismatch websites[0].name']],
    ['HTTP 404', pagesFor(undefined, { status: 404 }), ['site.unreachable websites[0].homepage']],
    ['timeout', pagesFor(undefined, { status: undefined, error: 'timeout' }), ['site.unreachable websites[0].homepage']],
    ['no page fetched', new Map(), ['site.unreachable websites[0].homepage']],
  ])('%s', (_label, pages, expected) => {
    expect(ruleAndPaths(unitApplication(), pages)).toEqual(expected);
  });

  test('new websites are not checked', () => {
    const app = unitApplication();
    app.websites[0].status = 'new';
    expect(ruleAndPaths(app, new Map())).toEqual([]);
  });

  test('lists the rules that passed', () => {
    const result = evaluateSiteRules(normaliseApplication(unitApplication()), pagesFor(GOOD_PAGE));
    expect(result.passed).toEqual([
      'site.unreachable',
      'site.footer.filing_number_missing',
      'site.footer.miit_link_missing',
      'site.title_mismatch',
    ]);
  });
});

describe('HTML reading', () => {
  test('decodes entities and drops tags', () => {
    expect(pageText('<p>浙ICP备&#50;024012345号&nbsp;-1</p>')).toBe('浙ICP备2024012345号-1');
  });

  test('reads the title', () => {
    expect(pageTitle('<title>\n 澄屿 &amp; 学堂 </title>')).toBe('澄屿&学堂');
  });

  test('reads links with any quoting', () => {
    expect(pageLinks(`<a href='https://a.cn/'>A</a><a class=x href=https://b.cn/>B</a>`)).toEqual([
      { href: 'https://a.cn/', text: 'A' },
      { href: 'https://b.cn/', text: 'B' },
    ]);
  });
});

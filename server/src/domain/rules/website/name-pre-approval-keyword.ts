import type { PreApprovalCategory } from '../../application';
import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { checkEachWebsite } from '../lib/website-rules';

/** Name keywords that suggest content needing a pre-approval of the category. */
const KEYWORDS: ReadonlyArray<[string, PreApprovalCategory]> = [
  ['新闻', 'news'],
  ['出版', 'publishing'],
  ['教育', 'education'],
  ['培训', 'education'],
  ['医疗', 'medical'],
  ['医院', 'medical'],
  ['药', 'drugs_devices'],
  ['器械', 'drugs_devices'],
  ['文化', 'culture'],
  ['广播', 'radio_film_tv'],
  ['电影', 'radio_film_tv'],
  ['电视', 'radio_film_tv'],
  ['视听', 'radio_film_tv'],
  ['游戏', 'games'],
  ['金融', 'finance'],
  ['理财', 'finance'],
  ['贷款', 'finance'],
  ['彩票', 'finance'],
  ['约车', 'online_car_hailing'],
];

export const CATEGORY_LABELS: Readonly<Record<PreApprovalCategory, string>> = {
  news: '新闻',
  publishing: '出版',
  education: '教育',
  medical: '医疗保健',
  drugs_devices: '药品和医疗器械',
  culture: '文化',
  radio_film_tv: '广播电影电视节目',
  bbs: '电子公告服务',
  online_car_hailing: '网络预约车',
  finance: '互联网金融',
  games: '网络游戏',
};

export const websiteNamePreApprovalKeyword: Rule = {
  id: 'website.name.pre_approval_keyword',
  severity: 'warning',
  title: '网站名称涉及前置审批内容但未申报前置审批',
  path: 'websites[i].name',
  suggestion: '网站名称中的词语表明网站可能提供须经主管部门前置审批的服务：请申报对应的前置审批并上传审批文件，或修改网站名称。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].name`, (website, index) => {
      if (isBlank(website.name)) return null;
      const declared = new Set(website.preApprovals.map((approval) => approval.category));
      const missing = KEYWORDS.filter(
        ([keyword, category]) => website.name.includes(keyword) && !declared.has(category),
      );
      if (missing.length === 0) return null;
      const details = missing
        .map(([keyword, category]) => `“${keyword}”（${CATEGORY_LABELS[category]}）`)
        .join('、');
      return `第${index + 1}个网站的名称含有${details}，但未申报对应的前置审批。`;
    });
  },
};

/**
 * The demo applications as a list of scenarios: which entity applies, with
 * which type, how long ago, and where the console must take it. The
 * scenarios of one entity form a history, e.g. a filing approved weeks ago
 * and then a new website or a change. Each entity has at most one open
 * application at any moment, so the cross-submission rules find nothing on
 * clean data.
 */
import type { ApplicationType } from '../../../server/src/domain/application';

export type DemoTargetStatus =
  | 'pending_review'
  | 'in_review'
  | 'rejected'
  | 'sms_pending'
  | 'miit_review'
  | 'approved'
  | 'miit_rejected'
  | 'sms_expired'
  | 'withdrawn';

/**
 * A rule problem planted on purpose, named by the rule id that must find it
 * (see the rules of the intake API).
 */
export type DeliberateProblem =
  | 'person.id.expired'
  | 'person.id.expiring_soon'
  | 'person.mobile.shared'
  | 'website.name.reserved_word'
  | 'website.domain.tld_not_approved'
  | 'website.domain.holder_mismatch'
  | 'website.ip.not_provider'
  | 'website.server.outside_mainland'
  | 'website.principal.under_age'
  | 'materials.too_large'
  | 'materials.type_not_allowed'
  | 'materials.missing'
  | 'materials.change_proof_missing';

/** The alteration a `change` makes to the previous filing. */
export type ChangeKind =
  | 'rename_and_move'
  | 'rename'
  | 'move_server'
  | 'add_website'
  | 'replace_legal_person'
  | 'move_mailing_address';

export interface Scenario {
  entity: string;
  type: ApplicationType;
  status: DemoTargetStatus;
  hoursAgo: number;
  assignee?: 'specialist' | 'specialist2';
  verification: 'curtain' | 'electronic';
  /** Indexes into the entity's sites that this application files as new. */
  newSites: number[];
  change?: ChangeKind;
  problem?: DeliberateProblem;
  /** A `path` of the form `material:<id>` is resolved to that material's `materials[k]`. */
  rejectionReasons?: Array<{ path?: string; text: string; suggestion?: string }>;
  miitReason?: string;
}

export const SCENARIOS: Scenario[] = [
  { entity: 'luyu-tea', type: 'new_filing', status: 'approved', hoursAgo: 1310, assignee: 'specialist', verification: 'curtain', newSites: [0] },
  { entity: 'luyu-tea', type: 'new_website', status: 'pending_review', hoursAgo: 3.2, verification: 'electronic', newSites: [1] },
  { entity: 'minjiangyuan', type: 'new_filing', status: 'miit_review', hoursAgo: 122, assignee: 'specialist2', verification: 'electronic', newSites: [0] },
  { entity: 'jinxing-shoes', type: 'change', status: 'sms_pending', hoursAgo: 9.5, assignee: 'specialist', verification: 'curtain', newSites: [], change: 'rename_and_move' },
  {
    entity: 'zhilian-logistics', type: 'new_filing', status: 'in_review', hoursAgo: 6.5, assignee: 'specialist2', verification: 'curtain', newSites: [0],
    problem: 'person.id.expired',
  },
  { entity: 'qianan-smart', type: 'new_filing', status: 'approved', hoursAgo: 905, assignee: 'specialist', verification: 'electronic', newSites: [0] },
  { entity: 'qianan-smart', type: 'change', status: 'in_review', hoursAgo: 22, assignee: 'specialist', verification: 'curtain', newSites: [], change: 'move_server' },
  { entity: 'suihe-catering', type: 'access_transfer', status: 'approved', hoursAgo: 700, assignee: 'specialist2', verification: 'curtain', newSites: [0] },
  { entity: 'suihe-catering', type: 'new_website', status: 'miit_review', hoursAgo: 200, assignee: 'specialist2', verification: 'electronic', newSites: [1] },
  {
    entity: 'jinli-appliance', type: 'new_filing', status: 'rejected', hoursAgo: 75, assignee: 'specialist', verification: 'curtain', newSites: [0],
    problem: 'person.mobile.shared',
    rejectionReasons: [
      {
        path: 'websites[0].principal.mobile',
        text: '网站负责人与主体负责人不是同一人，却填写了相同的手机号码。',
        suggestion: '请为网站负责人填写其本人实名登记的手机号码，两人的手机号码不可相同。',
      },
    ],
  },
  { entity: 'lanyu-yacht', type: 'new_website_filed_elsewhere', status: 'sms_expired', hoursAgo: 82, assignee: 'specialist2', verification: 'electronic', newSites: [0] },
  { entity: 'qinghe-data', type: 'new_filing', status: 'approved', hoursAgo: 1105, assignee: 'specialist', verification: 'electronic', newSites: [0] },
  { entity: 'qinghe-data', type: 'new_website', status: 'approved', hoursAgo: 410, assignee: 'specialist2', verification: 'electronic', newSites: [1] },
  { entity: 'qinghe-data', type: 'change', status: 'pending_review', hoursAgo: 1.5, verification: 'curtain', newSites: [2], change: 'add_website' },
  {
    entity: 'yongzhou-seafood', type: 'access_transfer', status: 'in_review', hoursAgo: 15, assignee: 'specialist2', verification: 'curtain', newSites: [0],
    problem: 'website.ip.not_provider',
  },
  { entity: 'ouyun-optical', type: 'new_filing', status: 'withdrawn', hoursAgo: 300, verification: 'electronic', newSites: [0] },
  { entity: 'shiguang-photo', type: 'new_filing', status: 'sms_pending', hoursAgo: 12, assignee: 'specialist', verification: 'electronic', newSites: [0] },
  { entity: 'wuxiu-silk', type: 'new_filing', status: 'approved', hoursAgo: 1500, assignee: 'specialist2', verification: 'electronic', newSites: [0] },
  {
    entity: 'wuxiu-silk', type: 'new_website', status: 'pending_review', hoursAgo: 26, verification: 'electronic', newSites: [1],
    problem: 'website.name.reserved_word',
  },
  {
    entity: 'huayue-machinery', type: 'new_website_filed_elsewhere', status: 'miit_rejected', hoursAgo: 262, assignee: 'specialist', verification: 'electronic', newSites: [0],
    miitReason: '管局核查：网站负责人手机号码的实名登记信息与网站负责人姓名不一致，请更换为网站负责人本人实名登记的手机号码后重新提交。',
  },
  { entity: 'langyu-marine', type: 'new_filing', status: 'miit_review', hoursAgo: 70, assignee: 'specialist', verification: 'electronic', newSites: [0] },
  {
    entity: 'jiangxin-home', type: 'change', status: 'rejected', hoursAgo: 92, assignee: 'specialist2', verification: 'electronic', newSites: [], change: 'rename',
    problem: 'materials.change_proof_missing',
    rejectionReasons: [
      {
        path: 'materials',
        text: '主办单位名称已由“济南泉城匠心家居有限公司”变更为“济南匠心智造家居有限公司”，但未上传工商变更证明。',
        suggestion: '请在真实性核验的主办单位证件处上传市场监督管理部门出具的准予变更登记通知书，或其他具有同等效力的证明文件。',
      },
    ],
  },
  { entity: 'jinguan-teahouse', type: 'access_transfer', status: 'approved', hoursAgo: 610, assignee: 'specialist', verification: 'electronic', newSites: [0] },
  { entity: 'jinguan-teahouse', type: 'change', status: 'miit_review', hoursAgo: 40, assignee: 'specialist', verification: 'electronic', newSites: [], change: 'move_server' },
  {
    entity: 'shuxiangyuan', type: 'new_filing', status: 'in_review', hoursAgo: 30, assignee: 'specialist', verification: 'electronic', newSites: [0],
    problem: 'website.domain.tld_not_approved',
  },
  { entity: 'chuyun-design', type: 'new_filing', status: 'approved', hoursAgo: 505, assignee: 'specialist2', verification: 'electronic', newSites: [0] },
  { entity: 'jianghan-library', type: 'new_filing', status: 'miit_review', hoursAgo: 232, assignee: 'specialist', verification: 'curtain', newSites: [0] },
  { entity: 'lushan-embroidery', type: 'new_website_filed_elsewhere', status: 'pending_review', hoursAgo: 45, verification: 'curtain', newSites: [0] },
  {
    entity: 'xingsha-youxuan', type: 'new_filing', status: 'rejected', hoursAgo: 60, assignee: 'specialist', verification: 'electronic', newSites: [0],
    problem: 'website.principal.under_age',
    rejectionReasons: [
      {
        path: 'websites[0].principal.idNumber',
        text: '网站负责人未满18周岁，湖南省要求单位的网站负责人年满18周岁。',
        suggestion: '请更换为年满18周岁、具备网站管理能力的网站负责人，并重新完成真实性核验。',
      },
    ],
  },
  { entity: 'maixiangyuan', type: 'new_filing', status: 'sms_expired', hoursAgo: 130, assignee: 'specialist2', verification: 'electronic', newSites: [0] },
  {
    entity: 'qinzhuan-design', type: 'new_filing', status: 'miit_rejected', hoursAgo: 352, assignee: 'specialist2', verification: 'electronic', newSites: [0],
    miitReason: '网站名称“秦砖汉瓦设计”未体现网站的具体内容，请结合主办单位字号和网站实际内容修改网站名称后重新提交。',
  },
  {
    entity: 'huilan-materials', type: 'access_transfer', status: 'pending_review', hoursAgo: 4, verification: 'curtain', newSites: [0],
    problem: 'website.server.outside_mainland',
  },
  {
    entity: 'caiyun-flowers', type: 'new_website_filed_elsewhere', status: 'in_review', hoursAgo: 18, assignee: 'specialist2', verification: 'electronic', newSites: [0],
    problem: 'website.domain.holder_mismatch',
  },
  { entity: 'xinghaiwan-yacht', type: 'access_transfer', status: 'withdrawn', hoursAgo: 150, assignee: 'specialist', verification: 'curtain', newSites: [0] },
  { entity: 'baoding-photographers', type: 'new_filing', status: 'approved', hoursAgo: 810, assignee: 'specialist', verification: 'curtain', newSites: [0] },
  { entity: 'baoding-photographers', type: 'change', status: 'sms_pending', hoursAgo: 7, assignee: 'specialist2', verification: 'curtain', newSites: [], change: 'replace_legal_person' },
  { entity: 'chen-yifan', type: 'new_filing', status: 'approved', hoursAgo: 1010, assignee: 'specialist2', verification: 'curtain', newSites: [0] },
  { entity: 'chen-yifan', type: 'new_website', status: 'in_review', hoursAgo: 20, assignee: 'specialist', verification: 'electronic', newSites: [1] },
  { entity: 'lin-ruoxi', type: 'new_filing', status: 'pending_review', hoursAgo: 0.5, verification: 'electronic', newSites: [0] },
  { entity: 'shen-jiayan', type: 'new_website_filed_elsewhere', status: 'approved', hoursAgo: 455, assignee: 'specialist', verification: 'electronic', newSites: [0] },
  {
    entity: 'huang-shiyue', type: 'access_transfer', status: 'rejected', hoursAgo: 110, assignee: 'specialist2', verification: 'curtain', newSites: [0],
    rejectionReasons: [
      {
        path: 'material:w0-photo',
        text: '核验现场照片中幕布未完整拍入画面，且人像面部被头发遮挡。',
        suggestion: '请在我司幕布前重新拍摄，确保幕布完整、五官清晰，不戴帽子和墨镜，单张图片不超过200KB。',
      },
    ],
  },
  {
    entity: 'wu-haoran', type: 'new_filing', status: 'miit_rejected', hoursAgo: 172, assignee: 'specialist', verification: 'electronic', newSites: [0],
    miitReason: '管局电话核查未接通：主体负责人登记的手机号码多次无人接听，请确认号码可正常接听后重新提交。',
  },
  { entity: 'sun-xiaoqing', type: 'new_filing', status: 'pending_review', hoursAgo: 52, verification: 'electronic', newSites: [0] },
  { entity: 'liu-zhiyuan', type: 'new_filing', status: 'approved', hoursAgo: 1210, assignee: 'specialist', verification: 'electronic', newSites: [0] },
  { entity: 'liu-zhiyuan', type: 'change', status: 'withdrawn', hoursAgo: 30, verification: 'electronic', newSites: [], change: 'move_mailing_address' },
  {
    entity: 'rongyin-bnb', type: 'new_filing', status: 'pending_review', hoursAgo: 8, verification: 'curtain', newSites: [0],
    problem: 'materials.too_large',
  },
  {
    entity: 'haijiao-crossborder', type: 'new_filing', status: 'pending_review', hoursAgo: 2.2, verification: 'curtain', newSites: [0],
    problem: 'materials.type_not_allowed',
  },
  {
    entity: 'shiye-handmade', type: 'new_filing', status: 'rejected', hoursAgo: 140, assignee: 'specialist', verification: 'curtain', newSites: [0],
    problem: 'materials.missing',
    rejectionReasons: [
      {
        path: 'websites[0]',
        text: '网站采用幕布核验，但未上传网站负责人核验现场照片。',
        suggestion: '请上传网站负责人在我司幕布前拍摄的现场照片，单张图片不超过200KB。',
      },
    ],
  },
  { entity: 'qingtan-furniture', type: 'new_filing', status: 'sms_pending', hoursAgo: 16, assignee: 'specialist2', verification: 'electronic', newSites: [0] },
  {
    entity: 'ludong-winery', type: 'new_filing', status: 'in_review', hoursAgo: 11, assignee: 'specialist', verification: 'curtain', newSites: [0],
    problem: 'person.id.expiring_soon',
  },
];

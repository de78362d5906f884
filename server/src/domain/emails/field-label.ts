/**
 * Chinese labels for the field paths that rules, reasons and comments use,
 * such as `websites[1].principal.mobile`.
 */

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  accessMethod: '接入方式',
  accountId: '账号',
  applicant: '申请人',
  approvalNumber: '审批文号',
  category: '类别',
  certificateAddress: '证件住所',
  certificateNumber: '证件号码',
  certificateType: '证件类型',
  city: '城市',
  contentType: '文件类型',
  district: '区县',
  domainExpiresAt: '域名到期日期',
  domainHolder: '域名持有者',
  domains: '域名',
  email: '电子邮箱',
  emergencyPhone: '应急联系电话',
  entity: '主体',
  externalId: '申请编号',
  fileName: '文件名',
  filingNumber: '备案号',
  filingPassword: '备案密码',
  homepage: '首页地址',
  id: '编号',
  idNumber: '证件号码',
  idType: '证件类型',
  idValidUntil: '证件有效期',
  investor: '投资人或主管单位',
  ips: 'IP地址',
  kind: '类型',
  legalPerson: '法定代表人',
  mailingAddress: '通信地址',
  materialIds: '审批文件',
  materials: '材料',
  mobile: '手机号码',
  nature: '性质',
  preApprovals: '前置审批',
  previous: '变更前',
  principal: '负责人',
  province: '省份',
  region: '所在地区',
  residency: '居住地',
  serverRegion: '服务器所在地',
  serviceContent: '服务内容',
  size: '文件大小',
  status: '状态',
  submittedAt: '提交时间',
  type: '备案类型',
  verification: '核验方式',
  website: '所属网站',
  websites: '网站',
};

/** Objects whose `name` is a person's name (姓名) rather than a title. */
const PEOPLE = new Set(['principal', 'legalPerson', 'applicant']);

const SEGMENT_PATTERN = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/;

function labelSegment(segment: string, parentKey: string | null): string {
  const match = SEGMENT_PATTERN.exec(segment);
  if (!match) {
    return segment;
  }
  const [, key, indexText] = match;
  let label = FIELD_LABELS[key] ?? key;
  if (key === 'name') {
    label = parentKey !== null && PEOPLE.has(parentKey) ? '姓名' : '名称';
  }
  const indexes = [...indexText.matchAll(/\[(\d+)\]/g)].map(
    (found) => Number(found[1]) + 1,
  );
  return label + indexes.join('-');
}

/**
 * Turns a field path into Chinese words separated by spaces, numbering list
 * items from 1: `websites[1].principal.mobile` gives `网站2 负责人 手机号码`.
 * A segment without a known label is kept as written, so the result is
 * never empty for a non-empty path.
 */
export function fieldLabel(path: string): string {
  const segments = path.trim().split('.').filter(Boolean);
  let parentKey: string | null = null;
  const labels: string[] = [];
  for (const segment of segments) {
    labels.push(labelSegment(segment, parentKey));
    parentKey = SEGMENT_PATTERN.exec(segment)?.[1] ?? null;
  }
  return labels.join(' ');
}

export const STATUSES = [
  'pending_review',
  'in_review',
  'rejected',
  'sms_pending',
  'miit_review',
  'approved',
  'miit_rejected',
  'sms_expired',
  'withdrawn',
] as const;

export const TYPES = [
  'new_filing',
  'new_website',
  'change',
  'access_transfer',
  'new_website_filed_elsewhere',
] as const;

export const EMAIL_KINDS = [
  'rejected',
  'forwarded',
  'approved',
  'miit_rejected',
  'sms_expired',
] as const;

export const EMAIL_STATUSES = ['queued', 'sent', 'failed', 'cancelled'] as const;

export const ROLES = ['specialist', 'supervisor', 'admin'] as const;

export const REFERENCE_KINDS = [
  'approved_tld',
  'minimum_age',
  'forbidden_word',
  'reserved_word',
  'personal_restricted_word',
  'provider_ip_range',
] as const;

export const MIIT_EVENTS = [
  'sms_verified',
  'approved',
  'rejected',
  'sms_expired',
] as const;

/** The statuses in which each MIIT event can be recorded, as the server's workflow allows. */
export const MIIT_EVENT_FROM: Record<(typeof MIIT_EVENTS)[number], readonly (typeof STATUSES)[number][]> = {
  sms_verified: ['sms_pending'],
  approved: ['miit_review'],
  rejected: ['sms_pending', 'miit_review'],
  sms_expired: ['sms_pending'],
};

/** Choices for a SelectInput whose labels are the i18n keys `app.<group>.<id>`. */
export const toChoices = (group: string, ids: readonly string[]) =>
  ids.map((id) => ({ id, name: `app.${group}.${id}` }));

/** GB/T 2260 province codes and names, for the province filter. */
export const PROVINCES: Array<{ id: string; name: string }> = [
  ['110000', '北京市'],
  ['120000', '天津市'],
  ['130000', '河北省'],
  ['140000', '山西省'],
  ['150000', '内蒙古自治区'],
  ['210000', '辽宁省'],
  ['220000', '吉林省'],
  ['230000', '黑龙江省'],
  ['310000', '上海市'],
  ['320000', '江苏省'],
  ['330000', '浙江省'],
  ['340000', '安徽省'],
  ['350000', '福建省'],
  ['360000', '江西省'],
  ['370000', '山东省'],
  ['410000', '河南省'],
  ['420000', '湖北省'],
  ['430000', '湖南省'],
  ['440000', '广东省'],
  ['450000', '广西壮族自治区'],
  ['460000', '海南省'],
  ['500000', '重庆市'],
  ['510000', '四川省'],
  ['520000', '贵州省'],
  ['530000', '云南省'],
  ['540000', '西藏自治区'],
  ['610000', '陕西省'],
  ['620000', '甘肃省'],
  ['630000', '青海省'],
  ['640000', '宁夏回族自治区'],
  ['650000', '新疆维吾尔自治区'],
].map(([id, name]) => ({ id, name }));

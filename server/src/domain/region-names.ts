/**
 * Short names of Chinese administrative regions: the full name without its
 * final administrative suffix and without an ethnic-autonomy part, such as
 * 福建省 → 福建, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施.
 */

/** Longest first, so that 自治区 wins over 区 and 新区 over 区. */
const SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '地区',
  '新区',
  '省',
  '市',
  '区',
  '县',
  '盟',
];

/** The 55 recognised ethnic minorities, as written before 族 in region names. */
const ETHNIC_GROUPS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗',
  '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山',
  '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌',
  '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒',
  '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各',
];

/**
 * Names written without 族 in autonomous regions (新疆维吾尔自治区,
 * 巴音郭楞蒙古自治州). They are stripped only next to 自治, because single
 * characters such as 京 or 水 also end ordinary place names (南京).
 */
const BARE_ETHNIC_NAMES = ['维吾尔', '蒙古', '哈萨克', '柯尔克孜', '塔吉克', '锡伯'];

const WITH_ZU = ETHNIC_GROUPS.map((name) => `${name}族`).sort(
  (a, b) => b.length - a.length,
);
const BARE = [...BARE_ETHNIC_NAMES].sort((a, b) => b.length - a.length);

const MIN_SHORT_NAME_LENGTH = 2;

/** Returns the short name of a region, or null when fewer than two characters would remain. */
export function shortRegionName(fullName: string): string | null {
  // 清新区 ends in 新区 but is 清新 plus 区: a shorter suffix is tried next.
  for (const suffix of SUFFIXES) {
    if (!fullName.endsWith(suffix)) continue;
    const shortName = withoutEthnicAutonomy(fullName.slice(0, -suffix.length), suffix);
    if (shortName) return shortName;
  }
  return null;
}

function withoutEthnicAutonomy(base: string, suffix: string): string | null {
  const autonomous = base.endsWith('自治');
  const beforeAutonomy = autonomous ? base.slice(0, -2) : base;
  const allowBare = autonomous || suffix === '自治区' || suffix === '自治州';
  const stripped = stripEthnicGroups(beforeAutonomy, allowBare);
  if (length(stripped) >= MIN_SHORT_NAME_LENGTH) return stripped;

  // 内蒙古自治区 or 东乡族自治县: the ethnic name is the place name itself.
  const fallback = beforeAutonomy.replace(/族$/, '');
  return length(fallback) >= MIN_SHORT_NAME_LENGTH ? fallback : null;
}

function stripEthnicGroups(name: string, allowBare: boolean): string {
  let rest = name;
  for (;;) {
    const group =
      WITH_ZU.find((candidate) => rest.endsWith(candidate)) ??
      (allowBare ? BARE.find((candidate) => rest.endsWith(candidate)) : undefined);
    if (!group) return rest;
    rest = rest.slice(0, -group.length);
  }
}

function length(text: string): number {
  return Array.from(text).length;
}

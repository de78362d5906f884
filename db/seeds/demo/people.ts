/**
 * Synthetic people for the demo data: names with their pinyin, resident ID
 * numbers whose region prefix is the person's home district, unique mobiles
 * and emails. Nothing here depends on the current date, so the ID card images
 * rendered from these people stay valid.
 */
import { buildResidentId } from './checksums';
import { createRandom, seedFromKey, type Random } from './random';
import { districtsOfProvince, regionOf, type DemoRegion } from './regions';

export type Sex = 'male' | 'female';

export interface DemoPerson {
  key: string;
  name: string;
  /** Lower-case pinyin of the name, used for email addresses. */
  pinyin: string;
  sex: Sex;
  ethnicity: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  idNumber: string;
  /** Home district: its code is the ID number's first six digits. */
  home: DemoRegion;
  /** 住址 as printed on the ID card. */
  address: string;
  mobile: string;
  emergencyPhone?: string;
  email: string;
  /**
   * Stable draw in [0, 1) that places the end of the ID card's validity
   * relative to the date the applications are built for.
   */
  validityDraw: number;
}

export interface PersonRequest {
  key: string;
  /** A fixed name with its pinyin; drawn from the name pools when absent. */
  name?: { name: string; pinyin: string; sex: Sex };
  /** Age range in years on 2026-01-01, used to draw the birth date. */
  age: [number, number];
  /** A district of the same province to live in; drawn when absent. */
  homeDistrict?: string;
  emailDomain?: string;
}

const SURNAMES: Array<[string, string]> = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'],
  ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'],
  ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'],
  ['罗', 'luo'], ['高', 'gao'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'],
  ['唐', 'tang'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'],
  ['曾', 'zeng'], ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['潘', 'pan'], ['袁', 'yuan'],
  ['蔡', 'cai'], ['蒋', 'jiang'], ['余', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'],
  ['魏', 'wei'], ['苏', 'su'], ['丁', 'ding'], ['沈', 'shen'], ['任', 'ren'], ['姚', 'yao'],
  ['卢', 'lu'], ['傅', 'fu'], ['钟', 'zhong'], ['方', 'fang'], ['石', 'shi'], ['熊', 'xiong'],
];

const GIVEN_MALE: Array<[string, string]> = [
  ['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'],
  ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['辉', 'hui'], ['鹏', 'peng'],
  ['飞', 'fei'], ['斌', 'bin'], ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'], ['健', 'jian'],
  ['俊', 'jun'], ['峰', 'feng'], ['志', 'zhi'], ['文', 'wen'], ['博', 'bo'], ['晨', 'chen'],
  ['睿', 'rui'], ['航', 'hang'], ['振', 'zhen'], ['东', 'dong'], ['建', 'jian'], ['海', 'hai'],
  ['泽', 'ze'], ['远', 'yuan'], ['立', 'li'], ['嘉', 'jia'], ['毅', 'yi'], ['林', 'lin'],
  ['松', 'song'], ['昊', 'hao'], ['哲', 'zhe'], ['诚', 'cheng'], ['锋', 'feng'], ['彬', 'bin'],
];

const GIVEN_FEMALE: Array<[string, string]> = [
  ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'],
  ['婷', 'ting'], ['雪', 'xue'], ['琳', 'lin'], ['慧', 'hui'], ['颖', 'ying'], ['洁', 'jie'],
  ['玲', 'ling'], ['倩', 'qian'], ['欣', 'xin'], ['怡', 'yi'], ['蕾', 'lei'], ['佳', 'jia'],
  ['梦', 'meng'], ['晓', 'xiao'], ['雨', 'yu'], ['诗', 'shi'], ['悦', 'yue'], ['晴', 'qing'],
  ['媛', 'yuan'], ['璐', 'lu'], ['萍', 'ping'], ['燕', 'yan'], ['思', 'si'], ['彤', 'tong'],
  ['岚', 'lan'], ['霞', 'xia'], ['莉', 'li'], ['露', 'lu'], ['薇', 'wei'], ['瑶', 'yao'],
];

/** Mobile prefixes of the three mainland carriers. */
const MOBILE_PREFIXES = [
  '134', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '182',
  '183', '187', '188', '130', '131', '132', '155', '156', '185', '186', '133', '153', '177',
  '180', '181', '189', '199', '166', '173', '191', '198',
];

const STREETS = [
  '建设路', '解放路', '中山路', '新华路', '文化路', '滨江路', '和平路', '胜利路', '青年路',
  '朝阳路', '育才路', '长江路', '光明路', '幸福路', '兴业路', '东风路',
];

const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];

/**
 * Hands out people with numbers that are unique across the whole demo set.
 * Each person draws from a generator seeded by their own key, so adding a
 * person does not change the others.
 */
export class PeopleRegistry {
  private readonly names = new Set<string>();
  private readonly idNumbers = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly emails = new Set<string>();
  readonly people = new Map<string, DemoPerson>();

  /** @param reservedPhones mobiles that must not be handed out (e.g. the spec examples'). */
  constructor(reservedPhones: Iterable<string> = []) {
    for (const phone of reservedPhones) this.phones.add(phone);
  }

  create(request: PersonRequest, entityDistrict: string): DemoPerson {
    if (this.people.has(request.key)) throw new Error(`duplicate person key ${request.key}`);
    const random = createRandom(seedFromKey(`person:${request.key}`));
    const entityRegion = regionOf(entityDistrict);

    const { name, pinyin, sex } = request.name ?? this.drawName(random);
    this.names.add(name);

    const home = request.homeDistrict
      ? regionOf(request.homeDistrict)
      : random.chance(0.6)
        ? entityRegion
        : random.pick(districtsOfProvince(entityRegion.provinceCode));

    const age = random.int(request.age[0], request.age[1]);
    const birthDate = `${2026 - age}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 28))}`;

    let idNumber: string;
    do {
      idNumber = buildResidentId(home.districtCode, birthDate, random.int(10, 999), sex);
    } while (this.idNumbers.has(idNumber));
    this.idNumbers.add(idNumber);

    const address =
      `${home.provinceName}${home.cityName}${home.districtName}` +
      `${random.pick(STREETS)}${random.int(1, 399)}号${random.int(1, 30)}栋${random.int(1, 28)}0${random.int(1, 6)}室`;

    const mobile = this.drawPhone(random);
    const emergencyPhone = random.chance(0.7) ? this.drawPhone(random) : undefined;

    const domain = request.emailDomain ?? random.pick(EMAIL_DOMAINS);
    let email = `${pinyin}@${domain}`;
    while (this.emails.has(email)) email = `${pinyin}${random.int(10, 99)}@${domain}`;
    this.emails.add(email);

    const person: DemoPerson = {
      key: request.key,
      name,
      pinyin,
      sex,
      ethnicity: '汉',
      birthDate,
      idNumber,
      home,
      address,
      mobile,
      emergencyPhone,
      email,
      validityDraw: random.next(),
    };
    this.people.set(request.key, person);
    return person;
  }

  /** Draws a mobile number that no other person in the registry has. */
  drawPhone(random: Random): string {
    let phone: string;
    do {
      phone = random.pick(MOBILE_PREFIXES) + random.digits(8);
    } while (this.phones.has(phone));
    this.phones.add(phone);
    return phone;
  }

  private drawName(random: Random): { name: string; pinyin: string; sex: Sex } {
    for (;;) {
      const sex: Sex = random.chance(0.55) ? 'male' : 'female';
      const pool = sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE;
      const [surname, surnamePinyin] = random.pick(SURNAMES);
      const first = random.pick(pool);
      const second = random.chance(0.75) ? random.pick(pool) : undefined;
      if (second && second[0] === first[0]) continue;
      const name = surname + first[0] + (second?.[0] ?? '');
      if (this.names.has(name)) continue;
      return { name, pinyin: surnamePinyin + first[1] + (second?.[1] ?? ''), sex };
    }
  }
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The GB/T 2260 regions the demo entities live in: province, city and
 * district codes with their official names, and the province abbreviation
 * used in filing numbers (闽ICP备…).
 *
 * NOTE: municipalities (北京, 上海, 天津, 重庆) are left out on purpose,
 * because their city level is the code 110100 市辖区 and region data sets
 * differ on whether it is listed.
 */

export interface DemoRegion {
  provinceCode: string;
  provinceName: string;
  /** Abbreviation in filing numbers, e.g. 闽 for 福建. */
  abbreviation: string;
  cityCode: string;
  cityName: string;
  districtCode: string;
  districtName: string;
}

interface ProvinceRow {
  code: string;
  name: string;
  abbreviation: string;
  cities: Array<{ code: string; name: string; districts: Array<[string, string]> }>;
}

const PROVINCES: ProvinceRow[] = [
  {
    code: '350000', name: '福建省', abbreviation: '闽',
    cities: [
      { code: '350200', name: '厦门市', districts: [['350203', '思明区'], ['350205', '海沧区'], ['350206', '湖里区'], ['350211', '集美区']] },
      { code: '350100', name: '福州市', districts: [['350102', '鼓楼区'], ['350104', '仓山区']] },
      { code: '350500', name: '泉州市', districts: [['350582', '晋江市'], ['350503', '丰泽区']] },
    ],
  },
  {
    code: '440000', name: '广东省', abbreviation: '粤',
    cities: [
      { code: '440300', name: '深圳市', districts: [['440305', '南山区'], ['440306', '宝安区'], ['440304', '福田区']] },
      { code: '440100', name: '广州市', districts: [['440106', '天河区'], ['440104', '越秀区']] },
      { code: '440600', name: '佛山市', districts: [['440606', '顺德区']] },
      { code: '440400', name: '珠海市', districts: [['440402', '香洲区']] },
    ],
  },
  {
    code: '330000', name: '浙江省', abbreviation: '浙',
    cities: [
      { code: '330100', name: '杭州市', districts: [['330108', '滨江区'], ['330106', '西湖区'], ['330105', '拱墅区'], ['330110', '余杭区']] },
      { code: '330200', name: '宁波市', districts: [['330212', '鄞州区']] },
      { code: '330300', name: '温州市', districts: [['330302', '鹿城区']] },
    ],
  },
  {
    code: '320000', name: '江苏省', abbreviation: '苏',
    cities: [
      { code: '320100', name: '南京市', districts: [['320104', '秦淮区'], ['320102', '玄武区']] },
      { code: '320500', name: '苏州市', districts: [['320508', '姑苏区'], ['320505', '虎丘区']] },
      { code: '320200', name: '无锡市', districts: [['320211', '滨湖区']] },
    ],
  },
  {
    code: '370000', name: '山东省', abbreviation: '鲁',
    cities: [
      { code: '370200', name: '青岛市', districts: [['370212', '崂山区'], ['370203', '市北区']] },
      { code: '370100', name: '济南市', districts: [['370102', '历下区']] },
      { code: '370600', name: '烟台市', districts: [['370602', '芝罘区']] },
    ],
  },
  {
    code: '510000', name: '四川省', abbreviation: '川',
    cities: [
      { code: '510100', name: '成都市', districts: [['510105', '青羊区'], ['510107', '武侯区'], ['510104', '锦江区']] },
    ],
  },
  {
    code: '420000', name: '湖北省', abbreviation: '鄂',
    cities: [
      { code: '420100', name: '武汉市', districts: [['420106', '武昌区'], ['420103', '江汉区'], ['420102', '江岸区']] },
    ],
  },
  {
    code: '430000', name: '湖南省', abbreviation: '湘',
    cities: [
      { code: '430100', name: '长沙市', districts: [['430104', '岳麓区'], ['430121', '长沙县']] },
    ],
  },
  {
    code: '410000', name: '河南省', abbreviation: '豫',
    cities: [{ code: '410100', name: '郑州市', districts: [['410105', '金水区']] }],
  },
  {
    code: '610000', name: '陕西省', abbreviation: '陕',
    cities: [{ code: '610100', name: '西安市', districts: [['610113', '雁塔区']] }],
  },
  {
    code: '340000', name: '安徽省', abbreviation: '皖',
    cities: [{ code: '340100', name: '合肥市', districts: [['340104', '蜀山区']] }],
  },
  {
    code: '530000', name: '云南省', abbreviation: '滇',
    cities: [{ code: '530100', name: '昆明市', districts: [['530112', '西山区']] }],
  },
  {
    code: '210000', name: '辽宁省', abbreviation: '辽',
    cities: [{ code: '210200', name: '大连市', districts: [['210204', '沙河口区']] }],
  },
  {
    code: '130000', name: '河北省', abbreviation: '冀',
    cities: [{ code: '130600', name: '保定市', districts: [['130602', '竞秀区']] }],
  },
];

const BY_DISTRICT = new Map<string, DemoRegion>();
for (const province of PROVINCES) {
  for (const city of province.cities) {
    for (const [districtCode, districtName] of city.districts) {
      BY_DISTRICT.set(districtCode, {
        provinceCode: province.code,
        provinceName: province.name,
        abbreviation: province.abbreviation,
        cityCode: city.code,
        cityName: city.name,
        districtCode,
        districtName,
      });
    }
  }
}

/** Returns the region of a district code listed above; throws for any other code. */
export function regionOf(districtCode: string): DemoRegion {
  const region = BY_DISTRICT.get(districtCode);
  if (!region) throw new Error(`district ${districtCode} is not in the demo region table`);
  return region;
}

/** Lists all districts of the demo region table. */
export function allDemoRegions(): DemoRegion[] {
  return [...BY_DISTRICT.values()];
}

/** Other districts of the same province, for people who live or were born nearby. */
export function districtsOfProvince(provinceCode: string): DemoRegion[] {
  return allDemoRegions().filter((region) => region.provinceCode === provinceCode);
}

/**
 * The demo entities (主体): fictional companies, a public library, a social
 * group and private persons in 14 provinces, with their people, websites and
 * what is printed on their certificates. Like people.ts this catalogue does
 * not depend on the current date, because the certificate images show it.
 */
import { buildCreditCode, CREDIT_CODE_CHARSET } from './checksums';
import { PeopleRegistry, type DemoPerson, type PersonRequest } from './people';
import { createRandom, seedFromKey } from './random';
import { regionOf, type DemoRegion } from './regions';
import type { EntityNature, CertificateType, ServiceContent } from '../../../server/src/domain/application';

export interface DemoSite {
  name: string;
  domain: string;
  serviceContent: ServiceContent;
}

/** Fields of a licence or registration certificate besides name, number and address. */
export interface CertificateDetails {
  /** 类型, e.g. 有限责任公司（自然人投资或控股）; for units other than enterprises the certificate's own title decides. */
  companyType?: string;
  /** 注册资本 / 开办资金 / 注册资金, written as on the certificate. */
  capital: string;
  /** 成立日期, `YYYY-MM-DD`. */
  founded: string;
  /** 经营范围 / 宗旨和业务范围. */
  scope: string;
  /** 登记机关, the authority whose seal is on the certificate. */
  authority: string;
  /** 举办单位 or 业务主管单位, for institutions and social groups. */
  sponsor?: string;
}

/** A filing made before the demo period, here or through another provider. */
export interface EarlierFiling {
  filingNumber: string;
  /** Number of websites filed under it; the next website gets `-(count + 1)`. */
  websiteCount: number;
  /** 备案密码, for entities filed through another provider. */
  password?: string;
}

export interface DemoEntity {
  key: string;
  nature: EntityNature;
  name: string;
  /** The name before a `change` renamed the entity. */
  previousName?: string;
  certificateType: CertificateType;
  certificateNumber: string;
  region: DemoRegion;
  /** Street part of the address, after the district. */
  street: string;
  /** The street before a `change` moved the entity. */
  previousStreet?: string;
  legalPerson?: DemoPerson;
  /** The legal person before a `change` replaced them. */
  previousLegalPerson?: DemoPerson;
  principal: DemoPerson;
  websitePrincipal: DemoPerson;
  sites: DemoSite[];
  certificate?: CertificateDetails;
  /** Portal account (会员号) that submits the entity's applications. */
  accountId: string;
  earlierFiling?: EarlierFiling;
}

/** 证件住所 as printed on the certificate: from the city on, as licences print it. */
export function certificateAddress(entity: DemoEntity, street = entity.street): string {
  return `${entity.region.cityName}${entity.region.districtName}${street}`;
}

/** 通讯地址 with province, city and district, as the portal's address form builds it. */
export function mailingAddress(entity: DemoEntity, street = entity.street): string {
  const region = entity.region;
  return `${region.provinceName}${region.cityName}${region.districtName}${street}`;
}

type Role = 'legal' | 'principal';

interface UnitRow {
  key: string;
  nature: Exclude<EntityNature, 'individual'>;
  name: string;
  previousName?: string;
  district: string;
  street: string;
  previousStreet?: string;
  /** The entity principal: the legal person, or another person aged in this range. */
  principal: 'legal' | [number, number];
  /** The website principal: the legal person, the entity principal, or another person aged in this range. */
  websitePrincipal: Role | [number, number];
  /** The change of legal person, for an entity whose `change` replaces them. */
  replacesLegalPerson?: boolean;
  sites: Array<[string, string] | [string, string, ServiceContent]>;
  certificate: CertificateDetails;
  earlierFiling?: EarlierFiling;
}

interface IndividualRow {
  key: string;
  person: { name: string; pinyin: string; sex: 'male' | 'female'; age: [number, number] };
  district: string;
  street: string;
  previousStreet?: string;
  sites: Array<[string, string]>;
  earlierFiling?: EarlierFiling;
}

const LLC_NATURAL = '有限责任公司（自然人投资或控股）';
const LLC_SOLE = '有限责任公司（自然人独资）';
const JSC = '股份有限公司（非上市、自然人投资或控股）';

const UNITS: UnitRow[] = [
  {
    key: 'luyu-tea', nature: 'enterprise', name: '厦门鹭屿茶业有限公司', district: '350203',
    street: '莲前西路218号鹭屿大厦9楼', principal: [30, 42], websitePrincipal: 'principal',
    sites: [['鹭屿茶业商城', 'luyutea-mall.com'], ['鹭屿茶叶品鉴', 'luyu-chapin.cn']],
    certificate: { companyType: LLC_NATURAL, capital: '伍佰万元整', founded: '2015-04-17', scope: '茶叶及茶制品销售；预包装食品销售；茶具、工艺品零售；互联网销售（除销售需要许可的商品）。', authority: '厦门市思明区市场监督管理局' },
  },
  {
    key: 'minjiangyuan', nature: 'enterprise', name: '福州闽江源软件有限公司', district: '350102',
    street: '软件大道89号福州软件园B区12号楼3层', principal: 'legal', websitePrincipal: [25, 34],
    sites: [['闽江源软件产品中心', 'mjysoft-cn.com']],
    certificate: { companyType: LLC_NATURAL, capital: '壹仟万元整', founded: '2012-09-05', scope: '软件开发；信息系统集成服务；信息技术咨询服务；数据处理和存储支持服务。', authority: '福州市鼓楼区市场监督管理局' },
  },
  {
    key: 'jinxing-shoes', nature: 'enterprise', name: '福建晋兴鞋业股份有限公司', previousName: '泉州晋兴鞋业有限公司',
    district: '350582', street: '陈埭镇鞋都路88号晋兴大厦', previousStreet: '陈埭镇沟西工业区18号',
    principal: [35, 48], websitePrincipal: 'principal',
    sites: [['晋兴鞋业产品展示', 'jinxing-shoes.com']],
    certificate: { companyType: JSC, capital: '叁仟万元整', founded: '2008-03-26', scope: '鞋、服装、箱包制造与销售；货物进出口；技术进出口。', authority: '晋江市市场监督管理局' },
    earlierFiling: { filingNumber: '闽ICP备2019034512号', websiteCount: 1 },
  },
  {
    key: 'zhilian-logistics', nature: 'enterprise', name: '厦门海沧智联物流有限公司', district: '350205',
    street: '沧林东路66号智联物流园3号楼', principal: 'legal', websitePrincipal: [24, 33],
    sites: [['智联物流运单查询', 'zhilian-yundan.cn']],
    certificate: { companyType: LLC_NATURAL, capital: '贰仟万元整', founded: '2017-11-08', scope: '普通货物仓储服务；国内货物运输代理；供应链管理服务；装卸搬运。', authority: '厦门市海沧区市场监督管理局' },
  },
  {
    key: 'qianan-smart', nature: 'enterprise', name: '深圳市前岸智能科技有限公司', district: '440305',
    street: '粤海街道科技南十二路18号长虹科技大厦2106室', principal: [29, 40], websitePrincipal: 'principal',
    sites: [['前岸智能硬件商城', 'qianan-iot.com']],
    certificate: { companyType: LLC_NATURAL, capital: '壹仟万元整', founded: '2018-06-12', scope: '智能家居产品研发与销售；物联网技术服务；电子产品销售；软件开发。', authority: '深圳市市场监督管理局' },
  },
  {
    key: 'suihe-catering', nature: 'enterprise', name: '广州市穗禾餐饮管理有限公司', district: '440106',
    street: '体育西路103号维多利广场B座2805室', principal: [32, 45], websitePrincipal: 'principal',
    sites: [['穗禾餐饮连锁门店', 'suihe-food.com'], ['穗禾餐饮外卖预订', 'suihe-waimai.cn']],
    certificate: { companyType: LLC_NATURAL, capital: '伍佰万元整', founded: '2014-02-20', scope: '餐饮管理；餐饮服务；食品销售；企业管理咨询。', authority: '广州市天河区市场监督管理局' },
    earlierFiling: { filingNumber: '粤ICP备18062735号', websiteCount: 1 },
  },
  {
    key: 'jinli-appliance', nature: 'enterprise', name: '佛山市顺德区锦鲤家电有限公司', district: '440606',
    street: '北滘镇工业大道23号', principal: [30, 44], websitePrincipal: [23, 30],
    sites: [['锦鲤家电售后服务', 'jinli-jiadian.com']],
    certificate: { companyType: LLC_NATURAL, capital: '捌佰万元整', founded: '2011-07-19', scope: '家用电器制造；家用电器销售；家用电器安装服务；五金产品批发。', authority: '佛山市顺德区市场监督管理局' },
  },
  {
    key: 'lanyu-yacht', nature: 'enterprise', name: '珠海市蓝屿游艇服务有限公司', district: '440402',
    street: '情侣中路47号蓝屿游艇会所', principal: 'legal', websitePrincipal: 'legal',
    sites: [['蓝屿游艇租赁预订', 'lanyu-yacht.com']],
    certificate: { companyType: LLC_SOLE, capital: '叁佰万元整', founded: '2019-05-30', scope: '游艇租赁；休闲观光活动；船舶租赁；会议及展览服务。', authority: '珠海市香洲区市场监督管理局' },
    earlierFiling: { filingNumber: '粤ICP备2021078815号', websiteCount: 1, password: '305817' },
  },
  {
    key: 'qinghe-data', nature: 'enterprise', name: '杭州青禾数据服务有限公司', district: '330108',
    street: '长河街道网商路599号青禾大厦7层', principal: [31, 42], websitePrincipal: [26, 35],
    sites: [['青禾数据开放中心', 'qinghe-data.cn'], ['青禾数据帮助文档', 'qinghe-docs.com'], ['青禾数据企业邮箱', 'qinghe-mail.cn', 'webmail']],
    certificate: { companyType: LLC_NATURAL, capital: '贰仟万元整', founded: '2016-10-11', scope: '数据处理服务；大数据服务；信息系统集成服务；软件开发；技术服务、技术开发、技术咨询。', authority: '杭州市滨江区市场监督管理局' },
  },
  {
    key: 'yongzhou-seafood', nature: 'enterprise', name: '宁波甬舟海产品有限公司', district: '330212',
    street: '首南街道天童南路588号宁波商会国贸中心A座1506室', principal: 'legal', websitePrincipal: 'legal',
    sites: [['甬舟海鲜直供', 'yongzhou-haixian.com']],
    certificate: { companyType: LLC_NATURAL, capital: '伍佰万元整', founded: '2013-08-14', scope: '水产品批发；水产品零售；食品销售；冷链仓储服务。', authority: '宁波市鄞州区市场监督管理局' },
    earlierFiling: { filingNumber: '浙ICP备2020041187号', websiteCount: 1 },
  },
  {
    key: 'ouyun-optical', nature: 'enterprise', name: '温州瓯韵眼镜有限公司', district: '330302',
    street: '南汇街道学院东路96号', principal: 'legal', websitePrincipal: 'legal',
    sites: [['瓯韵眼镜定制', 'ouyun-optical.com']],
    certificate: { companyType: LLC_SOLE, capital: '贰佰万元整', founded: '2020-01-09', scope: '眼镜制造；眼镜销售（不含隐形眼镜）；验光配镜服务。', authority: '温州市鹿城区市场监督管理局' },
  },
  {
    key: 'shiguang-photo', nature: 'enterprise', name: '南京金陵拾光摄影有限公司', district: '320104',
    street: '夫子庙街道贡院街88号3楼', principal: 'legal', websitePrincipal: [24, 32],
    sites: [['拾光摄影作品集', 'shiguang-studio.cn']],
    certificate: { companyType: LLC_NATURAL, capital: '壹佰万元整', founded: '2019-03-21', scope: '摄影扩印服务；图文设计制作；婚庆礼仪服务；会议及展览服务。', authority: '南京市秦淮区市场监督管理局' },
  },
  {
    key: 'wuxiu-silk', nature: 'enterprise', name: '苏州吴绣丝绸有限公司', district: '320508',
    street: '平江街道平江路128号', principal: [33, 46], websitePrincipal: 'principal',
    sites: [['吴绣丝绸精品馆', 'wuxiu-silk.com'], ['中国吴绣丝绸馆', 'cn-wuxiu.com']],
    certificate: { companyType: LLC_NATURAL, capital: '陆佰万元整', founded: '2010-12-03', scope: '丝绸制品销售；刺绣工艺品制造与销售；服装服饰零售。', authority: '苏州市姑苏区市场监督管理局' },
  },
  {
    key: 'huayue-machinery', nature: 'enterprise', name: '无锡华岳精工机械有限公司', district: '320211',
    street: '蠡园开发区滴翠路100号创意产业园8号楼', principal: [34, 47], websitePrincipal: 'principal',
    sites: [['华岳精工产品展示', 'huayue-jg.com']],
    certificate: { companyType: LLC_NATURAL, capital: '伍仟万元整', founded: '2006-05-18', scope: '通用设备制造；机械零部件加工；金属切削机床销售；货物进出口。', authority: '无锡市滨湖区市场监督管理局' },
    earlierFiling: { filingNumber: '苏ICP备15048203号', websiteCount: 1, password: '628140' },
  },
  {
    key: 'langyu-marine', nature: 'enterprise', name: '青岛浪屿海洋科技有限公司', district: '370212',
    street: '松岭路169号国际创新园A座1103室', principal: 'legal', websitePrincipal: [26, 36],
    sites: [['浪屿海洋装备', 'langyu-marine.com']],
    certificate: { companyType: LLC_NATURAL, capital: '贰仟万元整', founded: '2017-04-25', scope: '海洋工程装备研发；海洋环境监测服务；仪器仪表销售；技术服务、技术开发。', authority: '青岛市崂山区市场监督管理局' },
  },
  {
    key: 'jiangxin-home', nature: 'enterprise', name: '济南匠心智造家居有限公司', previousName: '济南泉城匠心家居有限公司',
    district: '370102', street: '泉城路180号齐鲁国际大厦1208室', principal: 'legal', websitePrincipal: 'legal',
    sites: [['匠心家居定制', 'jiangxin-home.cn']],
    certificate: { companyType: LLC_NATURAL, capital: '壹仟万元整', founded: '2016-07-07', scope: '家具制造；家具销售；家居用品销售；室内装饰装修。', authority: '济南市历下区市场监督管理局' },
    earlierFiling: { filingNumber: '鲁ICP备2020015536号', websiteCount: 1 },
  },
  {
    key: 'jinguan-teahouse', nature: 'enterprise', name: '成都锦官城茶馆有限公司', district: '510105',
    street: '宽窄巷子景区窄巷子32号', principal: [30, 45], websitePrincipal: 'principal',
    sites: [['锦官城茶馆', 'jinguancheng-tea.com']],
    certificate: { companyType: LLC_NATURAL, capital: '贰佰万元整', founded: '2015-09-16', scope: '餐饮服务；茶叶销售；会议及展览服务；文艺表演。', authority: '成都市青羊区市场监督管理局' },
    earlierFiling: { filingNumber: '川ICP备2018011276号', websiteCount: 1 },
  },
  {
    key: 'shuxiangyuan', nature: 'enterprise', name: '成都蜀香源食品有限公司', district: '510107',
    street: '武侯大道双楠段168号', principal: 'legal', websitePrincipal: [27, 38],
    sites: [['蜀香源火锅底料', 'shuxiangyuan.io']],
    certificate: { companyType: LLC_NATURAL, capital: '壹仟伍佰万元整', founded: '2012-11-28', scope: '调味品生产；食品销售；农副产品销售；货物进出口。', authority: '成都市武侯区市场监督管理局' },
  },
  {
    key: 'chuyun-design', nature: 'enterprise', name: '武汉楚韵空间设计有限公司', district: '420106',
    street: '中南路7号中商广场写字楼A座2012室', principal: 'legal', websitePrincipal: 'legal',
    sites: [['楚韵空间设计作品', 'chuyun-design.com']],
    certificate: { companyType: LLC_SOLE, capital: '壹佰万元整', founded: '2018-08-30', scope: '室内装饰设计；建筑装饰工程设计；平面设计；专业设计服务。', authority: '武汉市武昌区市场监督管理局' },
  },
  {
    key: 'jianghan-library', nature: 'institution', name: '武汉市江汉区图书馆', district: '420103',
    street: '新华路218号', principal: [38, 50], websitePrincipal: [28, 38],
    sites: [['江汉区图书馆数字阅读', 'whjhlib.org.cn']],
    certificate: { capital: '￥386万元', founded: '1984-06-01', scope: '为公众提供文献借阅、参考咨询、数字阅读与阅读推广服务。', authority: '武汉市江汉区事业单位登记管理局', sponsor: '武汉市江汉区文化和旅游局' },
  },
  {
    key: 'lushan-embroidery', nature: 'enterprise', name: '长沙麓山湘绣工艺品有限公司', district: '430104',
    street: '麓山南路58号', principal: [36, 50], websitePrincipal: 'principal',
    sites: [['麓山湘绣馆', 'lushan-xiangxiu.com']],
    certificate: { companyType: LLC_NATURAL, capital: '叁佰万元整', founded: '2009-10-13', scope: '刺绣工艺品制造与销售；工艺美术品零售；文化艺术交流活动。', authority: '长沙市岳麓区市场监督管理局' },
    earlierFiling: { filingNumber: '湘ICP备2022008841号', websiteCount: 1, password: '917364' },
  },
  {
    key: 'xingsha-youxuan', nature: 'enterprise', name: '长沙星沙优选电子商务有限公司', district: '430121',
    street: '星沙街道开元东路1318号', principal: 'legal', websitePrincipal: [17, 17],
    sites: [['星沙优选商城', 'xingsha-yx.com']],
    certificate: { companyType: LLC_NATURAL, capital: '伍拾万元整', founded: '2023-02-14', scope: '互联网销售（除销售需要许可的商品）；日用百货销售；农副产品销售。', authority: '长沙县市场监督管理局' },
  },
  {
    key: 'maixiangyuan', nature: 'enterprise', name: '郑州麦香源面业有限公司', district: '410105',
    street: '花园路39号', principal: [30, 44], websitePrincipal: 'principal',
    sites: [['麦香源面食坊', 'maixiangyuan-food.cn']],
    certificate: { companyType: LLC_NATURAL, capital: '壹仟万元整', founded: '2013-03-08', scope: '粮食加工食品生产；食品销售；农副产品销售。', authority: '郑州市金水区市场监督管理局' },
  },
  {
    key: 'qinzhuan-design', nature: 'enterprise', name: '西安秦砖汉瓦建筑设计有限公司', district: '610113',
    street: '雁塔路南段99号', principal: 'legal', websitePrincipal: [28, 38],
    sites: [['秦砖汉瓦设计', 'qinzhuanhanwa.com']],
    certificate: { companyType: LLC_NATURAL, capital: '叁佰万元整', founded: '2014-06-23', scope: '建筑工程设计；园林绿化工程设计；工程管理服务；规划设计管理。', authority: '西安市雁塔区市场监督管理局' },
  },
  {
    key: 'huilan-materials', nature: 'enterprise', name: '合肥徽岚新材料有限公司', district: '340104',
    street: '望江西路800号创新产业园二期F3栋', principal: [32, 45], websitePrincipal: 'principal',
    sites: [['徽岚新材料', 'huilan-xcl.com']],
    certificate: { companyType: LLC_NATURAL, capital: '伍仟万元整', founded: '2019-09-09', scope: '新材料技术研发；石墨烯材料销售；合成材料制造（不含危险化学品）。', authority: '合肥市蜀山区市场监督管理局' },
    earlierFiling: { filingNumber: '皖ICP备2021013380号', websiteCount: 1 },
  },
  {
    key: 'caiyun-flowers', nature: 'enterprise', name: '昆明彩云花卉有限公司', district: '530112',
    street: '前卫西路228号', principal: 'legal', websitePrincipal: 'legal',
    sites: [['彩云花卉批发', 'caiyun-flower.cn']],
    certificate: { companyType: LLC_NATURAL, capital: '伍佰万元整', founded: '2011-04-02', scope: '花卉种植；鲜花批发；鲜花零售；园艺产品销售。', authority: '昆明市西山区市场监督管理局' },
    earlierFiling: { filingNumber: '滇ICP备2020004417号', websiteCount: 1, password: '450271' },
  },
  {
    key: 'xinghaiwan-yacht', nature: 'enterprise', name: '大连星海湾游艇俱乐部有限公司', district: '210204',
    street: '中山路572号星海湾壹号', principal: [35, 48], websitePrincipal: 'principal',
    sites: [['星海湾游艇俱乐部', 'xhw-yacht.com']],
    certificate: { companyType: LLC_NATURAL, capital: '贰仟万元整', founded: '2010-05-12', scope: '游艇租赁；体育赛事策划；休闲观光活动；会议及展览服务。', authority: '大连市沙河口区市场监督管理局' },
    earlierFiling: { filingNumber: '辽ICP备19027754号', websiteCount: 1 },
  },
  {
    key: 'baoding-photographers', nature: 'social_group', name: '保定市摄影家协会', district: '130602',
    street: '东风中路1088号', principal: [40, 55], websitePrincipal: [28, 40], replacesLegalPerson: true,
    sites: [['保定摄影家作品展', 'bdsyjxh.org.cn']],
    certificate: { capital: '叁万元', founded: '1992-08-15', scope: '摄影创作交流、展览展示、业务培训、学术研讨。', authority: '保定市民政局', sponsor: '保定市文学艺术界联合会' },
  },
  {
    key: 'rongyin-bnb', nature: 'enterprise', name: '福州榕荫民宿管理有限公司', district: '350104',
    street: '上下杭路96号', principal: 'legal', websitePrincipal: 'legal',
    sites: [['榕荫民宿预订', 'rongyin-bnb.com']],
    certificate: { companyType: LLC_SOLE, capital: '壹佰万元整', founded: '2021-03-18', scope: '住宿服务；餐饮服务；旅游咨询服务；物业管理。', authority: '福州市仓山区市场监督管理局' },
  },
  {
    key: 'haijiao-crossborder', nature: 'enterprise', name: '深圳市海角跨境电子商务有限公司', district: '440306',
    street: '新安街道宝民二路28号海角大厦8楼', principal: [28, 38], websitePrincipal: 'principal',
    sites: [['海角跨境购', 'haijiao-global.com']],
    certificate: { companyType: LLC_NATURAL, capital: '伍佰万元整', founded: '2020-07-27', scope: '互联网销售（除销售需要许可的商品）；货物进出口；供应链管理服务。', authority: '深圳市市场监督管理局' },
  },
  {
    key: 'shiye-handmade', nature: 'enterprise', name: '杭州拾叶手作工艺品有限公司', district: '330105',
    street: '小河路488号', principal: 'legal', websitePrincipal: 'legal',
    sites: [['拾叶手作工坊', 'shiye-handmade.cn']],
    certificate: { companyType: LLC_SOLE, capital: '伍拾万元整', founded: '2022-04-06', scope: '工艺美术品及礼仪用品制造；工艺美术品及收藏品零售；日用百货销售。', authority: '杭州市拱墅区市场监督管理局' },
  },
  {
    key: 'qingtan-furniture', nature: 'enterprise', name: '南京青檀木作家具有限公司', district: '320102',
    street: '珠江路88号新世界中心A座1702室', principal: [30, 44], websitePrincipal: 'principal',
    sites: [['青檀木作家具', 'qingtan-muzuo.com']],
    certificate: { companyType: LLC_NATURAL, capital: '叁佰万元整', founded: '2018-01-22', scope: '家具制造；家具销售；木制品制造；家具安装和维修服务。', authority: '南京市玄武区市场监督管理局' },
  },
  {
    key: 'ludong-winery', nature: 'enterprise', name: '烟台鲁东葡萄酒庄有限公司', district: '370602',
    street: '滨海中路17号', principal: 'legal', websitePrincipal: [27, 37],
    sites: [['鲁东葡萄酒庄', 'ludong-winery.com']],
    certificate: { companyType: LLC_NATURAL, capital: '叁仟万元整', founded: '2009-09-01', scope: '酒类生产；酒类经营；葡萄种植；旅游开发项目策划咨询。', authority: '烟台市芝罘区市场监督管理局' },
  },
];

const INDIVIDUALS: IndividualRow[] = [
  {
    key: 'chen-yifan', person: { name: '陈一帆', pinyin: 'chenyifan', sex: 'male', age: [33, 35] },
    district: '350206', street: '仙岳路1200号3栋602室',
    sites: [['一帆光影手记', 'yifan-photo.cn'], ['一帆骑行日志', 'yifan-ride.com']],
  },
  {
    key: 'lin-ruoxi', person: { name: '林若溪', pinyin: 'linruoxi', sex: 'female', age: [28, 30] },
    district: '330110', street: '五常街道文一西路998号12幢1103室',
    sites: [['若溪读书札记', 'ruoxi-reading.cn']],
  },
  {
    key: 'shen-jiayan', person: { name: '沈嘉言', pinyin: 'shenjiayan', sex: 'male', age: [36, 39] },
    district: '320505', street: '狮山街道竹园路209号5幢801室',
    sites: [['嘉言观鸟笔记', 'jiayan-birding.com']],
    earlierFiling: { filingNumber: '苏ICP备2019066102号', websiteCount: 1, password: '204519' },
  },
  {
    key: 'huang-shiyue', person: { name: '黄诗悦', pinyin: 'huangshiyue', sex: 'female', age: [30, 33] },
    district: '440104', street: '东风东路745号2座1506室',
    sites: [['诗悦烘焙手帐', 'shiyue-bake.cn']],
    earlierFiling: { filingNumber: '粤ICP备2020093341号', websiteCount: 1 },
  },
  {
    key: 'wu-haoran', person: { name: '吴浩然', pinyin: 'wuhaoran', sex: 'male', age: [39, 42] },
    district: '420102', street: '沿江大道158号7栋2单元401室',
    sites: [['浩然垂钓日记', 'haoran-fishing.com']],
  },
  {
    key: 'sun-xiaoqing', person: { name: '孙晓晴', pinyin: 'sunxiaoqing', sex: 'female', age: [25, 27] },
    district: '370203', street: '辽宁路201号3单元502室',
    sites: [['晓晴手绘日常', 'xiaoqing-draw.cn']],
  },
  {
    key: 'liu-zhiyuan', person: { name: '刘知远', pinyin: 'liuzhiyuan', sex: 'male', age: [42, 45] },
    district: '510104', street: '东大街紫东楼段35号2栋1单元1902室', previousStreet: '春熙路北段18号6栋702室',
    sites: [['知远徒步记录', 'zhiyuan-hiking.com']],
  },
];

export interface DemoCatalogue {
  entities: Map<string, DemoEntity>;
  people: Map<string, DemoPerson>;
}

let cached: DemoCatalogue | undefined;

/** Builds (once) every demo entity with its people. */
export function demoCatalogue(): DemoCatalogue {
  if (cached) return cached;
  const registry = new PeopleRegistry();
  const entities = new Map<string, DemoEntity>();

  // Individuals first, so that the names drawn for unit staff avoid theirs.
  for (const row of INDIVIDUALS) entities.set(row.key, buildIndividual(row, registry));
  for (const row of UNITS) entities.set(row.key, buildUnit(row, registry));

  cached = { entities, people: registry.people };
  return cached;
}

function buildUnit(row: UnitRow, registry: PeopleRegistry): DemoEntity {
  const random = createRandom(seedFromKey(`entity:${row.key}`));
  const region = regionOf(row.district);
  const person = (key: string, age: [number, number]): DemoPerson => {
    const request: PersonRequest = { key: `${row.key}.${key}`, age };
    return registry.create(request, row.district);
  };

  const legalPerson = person('legal', [40, 60]);
  const previousLegalPerson = row.replacesLegalPerson ? person('legal-before', [55, 66]) : undefined;
  const principal = row.principal === 'legal' ? legalPerson : person('principal', row.principal);
  const websitePrincipal =
    row.websitePrincipal === 'legal'
      ? legalPerson
      : row.websitePrincipal === 'principal'
        ? principal
        : person('web', row.websitePrincipal);

  const category = { enterprise: '91', institution: '12', social_group: '51' }[
    row.nature as 'enterprise' | 'institution' | 'social_group'
  ];
  if (!category) throw new Error(`no credit code category for nature ${row.nature}`);
  // Enterprises registered since 2015 get a body starting with MA; older
  // units keep their former organisation code, which is mostly digits.
  const founded = Number(row.certificate.founded.slice(0, 4));
  const body =
    row.nature === 'enterprise' && founded >= 2015
      ? 'MA' + Array.from({ length: 6 }, () => random.pick([...CREDIT_CODE_CHARSET])).join('')
      : random.digits(8);

  return {
    key: row.key,
    nature: row.nature,
    name: row.name,
    previousName: row.previousName,
    certificateType:
      row.nature === 'institution'
        ? 'institution_certificate'
        : row.nature === 'social_group'
          ? 'social_group_certificate'
          : 'business_license',
    certificateNumber: buildCreditCode(category, region.districtCode, body),
    region,
    street: row.street,
    previousStreet: row.previousStreet,
    legalPerson,
    previousLegalPerson,
    principal,
    websitePrincipal,
    sites: row.sites.map(([name, domain, serviceContent]) => ({
      name,
      domain,
      serviceContent: serviceContent ?? 'corporate_portal',
    })),
    certificate: row.certificate,
    accountId: `m${random.digits(7)}`,
    earlierFiling: row.earlierFiling,
  };
}

function buildIndividual(row: IndividualRow, registry: PeopleRegistry): DemoEntity {
  const random = createRandom(seedFromKey(`entity:${row.key}`));
  const region = regionOf(row.district);
  const { name, pinyin, sex, age } = row.person;
  const person = registry.create(
    { key: `${row.key}.self`, name: { name, pinyin, sex }, age, homeDistrict: row.district },
    row.district,
  );
  return {
    key: row.key,
    nature: 'individual',
    name,
    certificateType: 'resident_id',
    certificateNumber: person.idNumber,
    region,
    street: row.street,
    previousStreet: row.previousStreet,
    principal: person,
    websitePrincipal: person,
    sites: row.sites.map(([siteName, domain]) => ({ name: siteName, domain, serviceContent: 'personal_space' })),
    accountId: `m${random.digits(7)}`,
    earlierFiling: row.earlierFiling,
  };
}

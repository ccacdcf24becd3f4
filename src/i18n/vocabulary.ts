/**
 * The closed vocabularies in each language. English comes from
 * src/lib/vocabulary.ts; the Chinese tables are typed by the same keys, so a
 * value added there without its Chinese label fails `astro check`.
 */
import {
  AUTHORITY_KINDS,
  COUNTRIES,
  LANGUAGES,
  PRODUCT_TYPES,
  SOURCE_KINDS,
  STATUS_FAMILIES,
  STATUS_WORDS,
  type AuthorityKind,
  type CountryCode,
  type LanguageCode,
  type ProductType,
  type SourceKind,
  type StatusFamily,
  type StatusWord,
} from '../lib/vocabulary';
import type { Lang } from './languages';

interface Worded {
  label: string;
  meaning: string;
}

export interface Vocabulary {
  productTypes: Record<ProductType, string>;
  statusWords: Record<StatusWord, Worded>;
  statusFamilies: Record<StatusFamily, string>;
  sourceKinds: Record<SourceKind, Worded>;
  authorityKinds: Record<AuthorityKind, string>;
  countries: Record<CountryCode, string>;
  languages: Record<LanguageCode, string>;
}

const english: Vocabulary = {
  productTypes: PRODUCT_TYPES,
  statusWords: STATUS_WORDS,
  statusFamilies: STATUS_FAMILIES,
  sourceKinds: SOURCE_KINDS,
  authorityKinds: AUTHORITY_KINDS,
  countries: COUNTRIES,
  languages: LANGUAGES,
};

const chinese: Vocabulary = {
  productTypes: {
    'botulinum-toxin': '肉毒毒素',
    'hyaluronic-acid-filler': '玻尿酸（透明质酸）填充剂',
    'other-filler': '其他皮肤填充剂',
    'other-injectable': '其他注射剂',
  },
  statusWords: {
    counterfeit: { label: '假冒', meaning: '监管部门认定该产品冒充了它并不是的品牌或生产商（通常是在正品生产商核查之后）。' },
    falsified: {
      label: '伪造',
      meaning: '监管部门认定该产品、其批号或包装在身份或来源上作假。“伪造”是世界卫生组织和欧洲监管机构使用的说法。',
    },
    fake: { label: '假货', meaning: '监管部门称该产品是假的，没有使用更确切的说法。' },
    fraudulent: { label: '欺诈性', meaning: '监管部门称该产品带有欺诈性：例如用假冒的外盒包装一支未获批准的药瓶。' },
    'treated-as-counterfeit': {
      label: '按假药论处',
      meaning: '在2019年12月1日之前施行的《药品管理法》下，中国大陆未经批准进口的药品在法律上按假药论处，不论它是否仿冒了真实品牌。修订后的法律不再把这类药品算作假药。',
    },
    unapproved: {
      label: '未经批准',
      meaning: '监管部门称该产品在某个国家或地区未获批准。它可能是为其他市场生产的正品；仅凭这一点，不能说它是仿冒品。',
    },
    unauthorised: { label: '未经授权', meaning: '监管部门称该产品未获准在某个国家或地区销售。' },
    unlicensed: { label: '未获许可', meaning: '监管部门称该产品在某个国家或地区没有许可证。' },
    unregistered: { label: '未注册', meaning: '监管部门称该产品在某个国家或地区没有注册。' },
    irregular: {
      label: '违规',
      meaning: '监管部门称这一批次不是由当地合法进口商销售的，或没有在当地注册，并提醒公众不要使用。',
    },
  },
  statusFamilies: {
    fake: '假冒、伪造或假货',
    unapproved: '在发现地未获批准',
    irregular: '违规',
  },
  sourceKinds: {
    regulator: { label: '监管机构', meaning: '监管机构或公共卫生机构自己的页面。' },
    'peer-reviewed': { label: '同行评审', meaning: '同行评审期刊上的论文。' },
    news: { label: '新闻', meaning: '知名新闻机构或行业媒体对监管部门说法的报道。' },
    're-post': { label: '转载', meaning: '他人报道在另一个网站（聚合网站、论坛或镜像）上的副本。只用于与更可靠来源一致的细节。' },
  },
  authorityKinds: {
    regulator: '药品监管机构',
    'public-health': '公共卫生机构',
    police: '警方',
    customs: '海关和边境机构',
    'market-regulator': '市场监管部门',
    international: '国际组织',
  },
  countries: {
    INT: '国际',
    AU: '澳大利亚',
    BR: '巴西',
    CA: '加拿大',
    CN: '中国大陆',
    GB: '英国',
    HK: '中国香港',
    IE: '爱尔兰',
    IT: '意大利',
    JO: '约旦',
    KR: '韩国',
    KW: '科威特',
    MX: '墨西哥',
    NG: '尼日利亚',
    PH: '菲律宾',
    PL: '波兰',
    RO: '罗马尼亚',
    SG: '新加坡',
    TR: '土耳其',
    TW: '中国台湾',
    US: '美国',
    VN: '越南',
  },
  languages: {
    en: '英语',
    zh: '中文',
    'zh-Hans': '简体中文',
    'zh-Hant': '繁体中文',
    ko: '韩语',
    es: '西班牙语',
    pt: '葡萄牙语',
    ro: '罗马尼亚语',
    tr: '土耳其语',
    ja: '日语',
  },
};

const VOCABULARIES: Record<Lang, Vocabulary> = { en: english, zh: chinese };

export function vocab(lang: Lang): Vocabulary {
  return VOCABULARIES[lang];
}

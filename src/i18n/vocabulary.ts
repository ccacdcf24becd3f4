/**
 * The closed vocabularies in each language. English comes from
 * src/lib/vocabulary.ts; the Chinese tables are typed by the same keys, so a
 * value added there without its Chinese label fails `astro check`.
 */
import {
  AUTHORITY_KINDS,
  COUNTRIES,
  COUNTRY_CODES,
  LANGUAGES,
  LANGUAGE_CODES,
  cldrLabels,
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
} from '../lib/content/vocabulary.ts';
import type { Lang } from './languages.ts';
import { pseudoDeep } from './pseudo.ts';

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
  /** A country's name inside a sentence ("in the United Kingdom"); the same as `countries` where no article is needed. */
  countriesInText: Record<CountryCode, string>;
  languages: Record<LanguageCode, string>;
}

/** Countries whose English name takes "the" inside a sentence. */
const COUNTRIES_WITH_THE = new Set([
  'AE',
  'BS',
  'CD',
  'CF',
  'DO',
  'FK',
  'FO',
  'GB',
  'GM',
  'IO',
  'KM',
  'KY',
  'MH',
  'MV',
  'NL',
  'PH',
  'SB',
  'TC',
  'UM',
  'US',
  'VA',
  'VG',
  'VI',
]);

const english: Vocabulary = {
  productTypes: PRODUCT_TYPES,
  statusWords: STATUS_WORDS,
  statusFamilies: STATUS_FAMILIES,
  sourceKinds: SOURCE_KINDS,
  authorityKinds: AUTHORITY_KINDS,
  countries: COUNTRIES,
  countriesInText: Object.fromEntries(
    Object.entries(COUNTRIES).map(([code, name]) => [code, COUNTRIES_WITH_THE.has(code) ? `the ${name}` : name]),
  ) as Record<CountryCode, string>,
  languages: LANGUAGES,
};

const CHINESE_COUNTRIES = cldrLabels(COUNTRY_CODES, 'zh-Hans', 'region', {
  INT: '国际',
  CN: '中国大陆',
  HK: '中国香港',
  MO: '中国澳门',
  TW: '中国台湾',
});

const chinese: Vocabulary = {
  productTypes: {
    'botulinum-toxin': '肉毒毒素',
    'hyaluronic-acid-filler': '玻尿酸（透明质酸）填充剂',
    'other-filler': '其他皮肤填充剂',
    'dermal-filler': '皮肤填充剂（材料未说明）',
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
      meaning:
        '在2019年12月1日之前施行的《药品管理法》下，中国大陆有些药品即使没有仿冒真实品牌，在法律上也按假药论处，未经批准进口的药品就是其中一种。修订后的法律不再把这类药品算作假药。',
    },
    unapproved: {
      label: '未经批准',
      meaning: '监管部门称该产品在某个国家或地区未获批准。它可能是为其他市场生产的正品；仅凭这一点，不能说它是仿冒品。',
    },
    unauthorised: { label: '未经授权', meaning: '监管部门称该产品未获准在某个国家或地区销售。' },
    unlicensed: { label: '未获许可', meaning: '监管部门称该产品在某个国家或地区没有许可证。' },
    unregistered: { label: '未注册', meaning: '监管部门称该产品在某个国家或地区没有注册。' },
    'suspected-counterfeit': {
      label: '疑似假冒',
      meaning: '监管部门怀疑该产品是假冒的，但在发布时尚未确认。我们不称它为假冒品。',
    },
    'illegally-imported': {
      label: '非法进口',
      meaning: '监管部门称该产品在没有法律要求的许可的情况下进入某个国家或地区。它没有说该产品是仿冒品。',
    },
    smuggled: {
      label: '走私',
      meaning: '海关或警方称该产品是走私进入某个国家或地区的（藏匿或虚假申报）。仅凭走私，不能说它是仿冒品。',
    },
    misbranded: {
      label: '标签不合规（misbranded）',
      meaning: '美国的法律用语：标签不符合法律规定，常见原因是该产品是未在美国获批的外国版本。它本身并不表示仿冒。',
    },
    illegal: {
      label: '禁止销售',
      meaning: '监管部门称该产品在某个国家或地区禁止销售或使用，但没有说明它是仿冒品还是正品。',
    },
    irregular: {
      label: '违规',
      meaning: '监管部门称这一批次不是由当地合法进口商销售的，或没有在当地注册，并提醒公众不要使用。',
    },
    adulterated: {
      label: '掺假（adulterated）',
      meaning: '美国的法律用语：产品的规格、质量或纯度不符合要求，或者其生产、储存或进口方式违反法律。它本身并不表示仿冒。',
    },
    'non-compliant': { label: '不合规', meaning: '监管部门称该产品不符合应当遵守的规定或经批准的规格。' },
    suspended: { label: '暂停', meaning: '监管部门在处理问题期间暂停了该产品的销售或使用。' },
    withdrawn: { label: '撤销', meaning: '监管部门以其说明的理由撤回或取消了该产品的销售许可。' },
    'trademark-infringing': {
      label: '侵犯商标',
      meaning: '监管部门称该产品未经许可使用了商标。在我们掌握的来源中，它没有称该产品为假冒品或假货。',
    },
  },
  statusFamilies: {
    fake: '假冒、伪造或假货',
    suspected: '疑似假冒，尚未确认',
    unapproved: '在发现地未获批准',
    irregular: '违规供应或其他监管措施',
  },
  sourceKinds: {
    regulator: { label: '官方', meaning: '官方机构自己的页面：监管机构、公共卫生机构、警方、海关、检察机关或法院。' },
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
    court: '法院',
    prosecutor: '检察机关',
    international: '国际组织',
  },
  countries: CHINESE_COUNTRIES,
  countriesInText: CHINESE_COUNTRIES,
  languages: cldrLabels(LANGUAGE_CODES, 'zh-Hans', 'language', { zh: '中文', en: '英文' }),
};

const VOCABULARIES: Record<Lang, Vocabulary> = { en: english, zh: chinese, xa: pseudoDeep(english) };

export function vocab(lang: Lang): Vocabulary {
  return VOCABULARIES[lang];
}

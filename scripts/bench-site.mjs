/**
 * A synthetic register for build and search benchmarks: a throwaway copy of
 * the site (src, public and config copied, node_modules symlinked, like
 * tests/content/fixture-site.ts) whose content/ holds `size` product records,
 * their lots, brands, authorities, sources, cases and country notes, each with
 * its Chinese translation, all passing today's content rules (schemas.ts,
 * integrity.ts, translation-schemas.ts, translation-parity.ts). The site's
 * own explainers and text pages (content/risks, content/pages) are copied with
 * the sources they cite.
 *
 * Deterministic: the same size, options and seed give the same files. Words
 * come from small fixed vocabularies, so the distinct vocabulary stays near
 * that of a real register (lot numbers and addresses aside) at any size.
 *
 *   import { makeBenchSite } from './scripts/bench-site.mjs';
 *   const { dir, counts } = makeBenchSite(1000, { cases: 300 });
 *
 *   npx node scripts/bench-site.mjs 1000 [--cases 300] [--minimal] [--seed 42] [--dir /tmp/x]
 *
 * Run from the repository root (or pass `root`). The folder is never removed
 * here: call removeBenchSite(dir) when done.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PUBLISHED = ['2026-11-29', '2026-12-07', '2026-12-14', '2027-01-05'];

// ---------------------------------------------------------------------------
// Randomness: a seeded generator (mulberry32), so runs compare like with like.

function makeRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  /** Picks from [[value, weight], …]. */
  const weighted = (pairs) => {
    let r = next() * pairs.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  const sample = (list, n) => {
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, chance, weighted, sample };
}

const digits = (r, n) => Array.from({ length: n }, () => r.int(0, 9)).join('');
const letter = (r, from = 'ABCDEFGHJKLMNPRSTUVWXY') => r.pick([...from]);
const pad = (n) => String(n).padStart(2, '0');
const lotKey = (lot) =>
  lot
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// ---------------------------------------------------------------------------
// Vocabularies. Authorities keep their real names (realistic lengths); every
// address is under .example, and every alert, case and person is invented.

const EN_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
const ZH_NAMES = new Intl.DisplayNames(['zh-Hans'], { type: 'region' });
const countryEn = (code) => (code === 'INT' ? 'several countries' : EN_NAMES.of(code));
const countryZh = (code) => (code === 'INT' ? '多个国家' : ZH_NAMES.of(code));

/** Country, language of its authorities' words, cities (English, Chinese), authorities, weight in the register. */
const COUNTRIES = [
  {
    code: 'US',
    lang: 'en',
    weight: 14,
    cities: [
      ['Miami', '迈阿密'],
      ['Los Angeles', '洛杉矶'],
      ['Houston', '休斯敦'],
      ['New York', '纽约'],
    ],
    authorities: [
      ['us-fda', 'Food and Drug Administration', 'FDA', 'regulator', '美国食品药品监督管理局'],
      ['us-cbp', 'U.S. Customs and Border Protection', 'CBP', 'customs', '美国海关与边境保护局'],
      ['us-doj', 'Department of Justice', 'DOJ', 'prosecutor', '美国司法部'],
    ],
  },
  {
    code: 'MX',
    lang: 'es',
    weight: 9,
    cities: [
      ['Mexico City', '墨西哥城'],
      ['Guadalajara', '瓜达拉哈拉'],
      ['Tijuana', '蒂华纳'],
    ],
    authorities: [
      [
        'mx-cofepris',
        'Federal Commission for the Protection against Sanitary Risk',
        'COFEPRIS',
        'regulator',
        '墨西哥联邦卫生风险保护委员会',
        'Comisión Federal para la Protección contra Riesgos Sanitarios',
        'es',
      ],
    ],
  },
  {
    code: 'BR',
    lang: 'pt',
    weight: 9,
    cities: [
      ['São Paulo', '圣保罗'],
      ['Rio de Janeiro', '里约热内卢'],
      ['Belo Horizonte', '贝洛奥里藏特'],
    ],
    authorities: [
      [
        'br-anvisa',
        'Brazilian Health Regulatory Agency',
        'ANVISA',
        'regulator',
        '巴西国家卫生监督局',
        'Agência Nacional de Vigilância Sanitária',
        'pt',
      ],
      ['br-prf', 'Federal Highway Police', 'PRF', 'police', '巴西联邦公路警察'],
    ],
  },
  {
    code: 'AR',
    lang: 'es',
    weight: 5,
    cities: [
      ['Buenos Aires', '布宜诺斯艾利斯'],
      ['Córdoba', '科尔多瓦'],
    ],
    authorities: [
      [
        'ar-anmat',
        'National Administration of Drugs, Food and Medical Technology',
        'ANMAT',
        'regulator',
        '阿根廷国家药品、食品和医疗技术管理局',
      ],
    ],
  },
  {
    code: 'CO',
    lang: 'es',
    weight: 4,
    cities: [
      ['Bogotá', '波哥大'],
      ['Medellín', '麦德林'],
    ],
    authorities: [['co-invima', 'National Food and Drug Surveillance Institute', 'INVIMA', 'regulator', '哥伦比亚国家食品药品监督局']],
  },
  {
    code: 'GB',
    lang: 'en',
    weight: 7,
    cities: [
      ['London', '伦敦'],
      ['Manchester', '曼彻斯特'],
      ['Birmingham', '伯明翰'],
    ],
    authorities: [
      ['gb-mhra', 'Medicines and Healthcare products Regulatory Agency', 'MHRA', 'regulator', '英国药品和保健品管理局'],
      ['gb-ukhsa', 'UK Health Security Agency', 'UKHSA', 'public-health', '英国卫生安全局'],
    ],
  },
  {
    code: 'IE',
    lang: 'en',
    weight: 3,
    cities: [
      ['Dublin', '都柏林'],
      ['Cork', '科克'],
    ],
    authorities: [['ie-hpra', 'Health Products Regulatory Authority', 'HPRA', 'regulator', '爱尔兰健康产品监管局']],
  },
  {
    code: 'ES',
    lang: 'es',
    weight: 5,
    cities: [
      ['Madrid', '马德里'],
      ['Barcelona', '巴塞罗那'],
      ['Valencia', '瓦伦西亚'],
    ],
    authorities: [
      ['es-aemps', 'Spanish Agency of Medicines and Medical Devices', 'AEMPS', 'regulator', '西班牙药品和医疗器械管理局'],
      ['es-guardia-civil', 'Civil Guard', undefined, 'police', '西班牙国民警卫队', 'Guardia Civil', 'es'],
    ],
  },
  {
    code: 'IT',
    lang: 'it',
    weight: 4,
    cities: [
      ['Rome', '罗马'],
      ['Milan', '米兰'],
      ['Naples', '那不勒斯'],
    ],
    authorities: [
      ['it-aifa', 'Italian Medicines Agency', 'AIFA', 'regulator', '意大利药品管理局', 'Agenzia Italiana del Farmaco', 'it'],
      ['it-nas', 'Carabinieri Health Protection Command', 'NAS', 'police', '意大利宪兵卫生保护司令部'],
    ],
  },
  {
    code: 'FR',
    lang: 'fr',
    weight: 3,
    cities: [
      ['Paris', '巴黎'],
      ['Lyon', '里昂'],
      ['Marseille', '马赛'],
    ],
    authorities: [
      ['fr-ansm', 'National Agency for the Safety of Medicines and Health Products', 'ANSM', 'regulator', '法国国家药品和保健品安全局'],
    ],
  },
  {
    code: 'DE',
    lang: 'de',
    weight: 3,
    cities: [
      ['Berlin', '柏林'],
      ['Hamburg', '汉堡'],
      ['Munich', '慕尼黑'],
    ],
    authorities: [['de-bfarm', 'Federal Institute for Drugs and Medical Devices', 'BfArM', 'regulator', '德国联邦药品和医疗器械研究所']],
  },
  {
    code: 'TR',
    lang: 'tr',
    weight: 4,
    cities: [
      ['Istanbul', '伊斯坦布尔'],
      ['Ankara', '安卡拉'],
      ['Antalya', '安塔利亚'],
    ],
    authorities: [
      ['tr-titck', 'Turkish Medicines and Medical Devices Agency', 'TİTCK', 'regulator', '土耳其药品和医疗器械管理局'],
      ['tr-istanbul-police', 'Istanbul Police Department', undefined, 'police', '伊斯坦布尔警察局'],
    ],
  },
  {
    code: 'AE',
    lang: 'en',
    weight: 3,
    cities: [
      ['Dubai', '迪拜'],
      ['Abu Dhabi', '阿布扎比'],
    ],
    authorities: [['ae-mohap', 'Ministry of Health and Prevention', 'MOHAP', 'regulator', '阿联酋卫生和预防部']],
  },
  {
    code: 'KR',
    lang: 'ko',
    weight: 7,
    cities: [
      ['Seoul', '首尔'],
      ['Busan', '釜山'],
      ['Incheon', '仁川'],
    ],
    authorities: [
      ['kr-mfds', 'Ministry of Food and Drug Safety', 'MFDS', 'regulator', '韩国食品医药品安全处', '식품의약품안전처', 'ko'],
      ['kr-kcs', 'Korea Customs Service', 'KCS', 'customs', '韩国关税厅', '관세청', 'ko'],
      ['kr-gyeonggi-police', 'Gyeonggi Provincial Police Agency', undefined, 'police', '韩国京畿道警察厅', '경기도남부경찰청', 'ko'],
    ],
  },
  {
    code: 'CN',
    lang: 'zh-Hans',
    weight: 9,
    cities: [
      ['Shanghai', '上海'],
      ['Hangzhou', '杭州'],
      ['Shenzhen', '深圳'],
      ['Chongqing', '重庆'],
    ],
    authorities: [
      ['cn-nmpa', 'National Medical Products Administration', 'NMPA', 'regulator', '国家药品监督管理局', '国家药品监督管理局', 'zh-Hans'],
      ['cn-shanghai-psb', 'Shanghai Public Security Bureau', undefined, 'police', '上海市公安局', '上海市公安局', 'zh-Hans'],
      ['cn-shenzhen-customs', 'Shenzhen Customs', undefined, 'customs', '深圳海关', '深圳海关', 'zh-Hans'],
    ],
  },
  {
    code: 'HK',
    lang: 'zh-Hant',
    weight: 3,
    cities: [
      ['Kowloon', '九龙'],
      ['Causeway Bay', '铜锣湾'],
    ],
    authorities: [['hk-dh', 'Department of Health', 'DH', 'regulator', '香港卫生署', '衞生署', 'zh-Hant']],
  },
  {
    code: 'JP',
    lang: 'ja',
    weight: 3,
    cities: [
      ['Tokyo', '东京'],
      ['Osaka', '大阪'],
    ],
    authorities: [['jp-mhlw', 'Ministry of Health, Labour and Welfare', 'MHLW', 'regulator', '日本厚生劳动省', '厚生労働省', 'ja']],
  },
  {
    code: 'SG',
    lang: 'en',
    weight: 3,
    cities: [['Singapore', '新加坡']],
    authorities: [['sg-hsa', 'Health Sciences Authority', 'HSA', 'regulator', '新加坡卫生科学局']],
  },
  {
    code: 'AU',
    lang: 'en',
    weight: 4,
    cities: [
      ['Sydney', '悉尼'],
      ['Melbourne', '墨尔本'],
      ['Brisbane', '布里斯班'],
    ],
    authorities: [
      ['au-tga', 'Therapeutic Goods Administration', 'TGA', 'regulator', '澳大利亚治疗用品管理局'],
      ['au-nsw-health', 'NSW Health', undefined, 'public-health', '新南威尔士州卫生部'],
    ],
  },
  {
    code: 'CA',
    lang: 'en',
    weight: 3,
    cities: [
      ['Toronto', '多伦多'],
      ['Vancouver', '温哥华'],
      ['Montreal', '蒙特利尔'],
    ],
    authorities: [['ca-health-canada', 'Health Canada', undefined, 'regulator', '加拿大卫生部']],
  },
];
const INTERNATIONAL = {
  code: 'INT',
  lang: 'en',
  authority: ['int-who', 'World Health Organization', 'WHO', 'international', '世界卫生组织'],
};
const REPORT_WEIGHT = 0.04; // share of records from the WHO's international alerts

/** Fictional news outlets: [name, Chinese name]. */
const OUTLETS = [
  ['Health Desk Daily', '《健康日报》'],
  ['The Pharma Letter Review', '《制药通讯评论》'],
  ['Metro Evening News', '《都市晚报》'],
  ['Aesthetic Practice Today', '《今日美容医学》'],
  ['Regional Courier', '《地区信使报》'],
  ['Consumer Safety Wire', '《消费安全通讯》'],
];

/** A status word as authorities write it, by language, with its English and Chinese meaning. */
const STATUS = {
  counterfeit: {
    en: 'counterfeit',
    zh: '假冒',
    es: 'apócrifo',
    it: 'contraffatto',
    fr: 'contrefait',
    tr: 'sahte',
    ko: '위조',
    'zh-Hans': '假冒',
    'zh-Hant': '假冒',
    ja: '偽造品',
  },
  falsified: { en: 'falsified', zh: '伪造', es: 'falsificado', pt: 'falsificado', it: 'falsificato', fr: 'falsifié', de: 'gefälscht' },
  fake: { en: 'fake', zh: '假', es: 'falso', pt: 'falso', fr: 'faux', ko: '가짜', 'zh-Hans': '假药', ja: '偽物' },
  fraudulent: { en: 'fraudulent', zh: '欺诈性', es: 'fraudulento' },
  'suspected-counterfeit': {
    en: 'suspected counterfeit',
    zh: '涉嫌假冒',
    es: 'presuntamente falsificado',
    pt: 'suspeita de falsificação',
    'zh-Hant': '懷疑假冒',
  },
  unapproved: { en: 'not approved', zh: '未经批准', de: 'nicht zugelassen', ko: '허가받지 않은', 'zh-Hans': '未经批准', ja: '未承認' },
  unauthorised: {
    en: 'not authorised',
    zh: '未获授权',
    es: 'no autorizado',
    pt: 'não autorizado',
    it: 'privo di autorizzazione',
    fr: 'non autorisé',
  },
  unlicensed: { en: 'unlicensed', zh: '无许可证', tr: 'ruhsatsız' },
  unregistered: {
    en: 'unregistered',
    zh: '未注册',
    es: 'sin registro sanitario',
    pt: 'sem registro',
    'zh-Hans': '未注册',
    'zh-Hant': '未經註冊',
  },
  'illegally-imported': { en: 'illegally imported', zh: '非法进口', es: 'importado ilegalmente', 'zh-Hans': '非法进口' },
  smuggled: { en: 'smuggled', zh: '走私', es: 'de contrabando', it: 'di contrabbando', tr: 'kaçak', ko: '밀수', 'zh-Hans': '走私' },
  misbranded: { en: 'misbranded', zh: '标识不当' },
  illegal: { en: 'illegal', zh: '非法', es: 'ilegal', it: 'illegale', fr: 'illégal', de: 'illegal', ko: '불법', 'zh-Hant': '違法' },
  irregular: { en: 'irregular', zh: '来源不正规', es: 'irregular', pt: 'irregular' },
  adulterated: { en: 'adulterated', zh: '掺假' },
  'non-compliant': { en: 'non-compliant', zh: '不合规', es: 'no conforme' },
  suspended: { en: 'suspended', zh: '被暂停', pt: 'suspenso' },
  withdrawn: { en: 'withdrawn', zh: '被撤销', fr: 'retiré' },
  'trademark-infringing': { en: 'trademark-infringing', zh: '侵犯商标' },
  'treated-as-counterfeit': { en: 'treated as a counterfeit drug', zh: '按假药论处', 'zh-Hans': '按假药论处' },
};
const UNAPPROVED = new Set([
  'unapproved',
  'unauthorised',
  'unlicensed',
  'unregistered',
  'illegally-imported',
  'smuggled',
  'misbranded',
  'illegal',
]);
const FAKE = new Set(['counterfeit', 'falsified', 'fake', 'fraudulent', 'treated-as-counterfeit']);
/** Statuses by family weight: about half fakes, as in the real register. */
const STATUS_WEIGHTS = [
  ['counterfeit', 30],
  ['falsified', 12],
  ['fake', 5],
  ['fraudulent', 2],
  ['treated-as-counterfeit', 1],
  ['suspected-counterfeit', 7],
  ['unapproved', 6],
  ['unauthorised', 5],
  ['unlicensed', 4],
  ['unregistered', 4],
  ['illegally-imported', 3],
  ['smuggled', 3],
  ['misbranded', 2],
  ['illegal', 2],
  ['irregular', 7],
  ['adulterated', 1],
  ['non-compliant', 2],
  ['suspended', 1],
  ['withdrawn', 1],
  ['trademark-infringing', 1],
];

/** The authority's words, by language: the status quotation, then a quotation about the packaging. */
const QUOTES = {
  en: [
    (q) => `${q.auth} warns that ${q.product}, lot ${q.lot}, is ${q.word} and must not be used.`,
    'The packaging differs from that of the genuine product.',
  ],
  es: [(q) => `El producto ${q.product}, lote ${q.lot}, es ${q.word} y no debe utilizarse.`, 'El envase difiere del producto original.'],
  pt: [(q) => `O produto ${q.product}, lote ${q.lot}, é ${q.word} e não deve ser utilizado.`, 'A embalagem difere da do produto original.'],
  it: [
    (q) => `Il prodotto ${q.product}, lotto ${q.lot}, è risultato ${q.word}.`,
    'La confezione è diversa da quella del prodotto originale.',
  ],
  fr: [
    (q) => `Le produit ${q.product}, lot ${q.lot}, est ${q.word} et ne doit pas être utilisé.`,
    "L'emballage diffère de celui du produit authentique.",
  ],
  de: [
    (q) => `Das Produkt ${q.product}, Charge ${q.lot}, ist ${q.word} und darf nicht verwendet werden.`,
    'Die Verpackung unterscheidet sich vom Originalprodukt.',
  ],
  tr: [(q) => `${q.product} (${q.lot} seri numaralı) ürünün ${q.word} olduğu belirlendi.`, 'Ambalaj orijinal üründen farklıdır.'],
  ko: [(q) => `${q.product}(제조번호 ${q.lot})는 ${q.word} 제품으로 확인되었다.`, '포장이 정품과 다르다.'],
  'zh-Hans': [(q) => `经鉴定，${q.product}（批号${q.lot}）为${q.word}产品。`, '包装与正品不同。'],
  'zh-Hant': [(q) => `經查證，${q.product}（批號${q.lot}）為${q.word}產品。`, '包裝與正品不同。'],
  ja: [(q) => `${q.product}（ロット${q.lot}）は${q.word}であることが確認された。`, '包装が正規品と異なる。'],
};
const quoteEn = (q) => `The product ${q.product}, lot ${q.lot}, is ${q.wordEn} and must not be used.`;
const quoteZh = (q) => `${q.product}（批号${q.lot}）经查是${q.wordZh}产品，不得使用。`;
const PACKAGING_EN = 'The packaging differs from that of the genuine product.';
const PACKAGING_ZH = '包装与正品不同。';

/** Packaging tells: [English, Chinese]. */
const TELLS = [
  ['Spelling mistakes on the carton.', '外盒上有拼写错误。'],
  ['The lot number on the vial does not match the one on the carton.', '药瓶上的批号与外盒上的不一致。'],
  ['The expiry date is printed in a format the maker does not use.', '有效期的印刷格式不是生产商使用的格式。'],
  ['No hologram on the label.', '标签上没有防伪全息图。'],
  ['The label is in a language not used in the country where it was sold.', '标签所用的语言不是销售国使用的语言。'],
  ['A strength the maker does not sell.', '生产商并不销售这种规格。'],
  ['The cap is the wrong colour.', '瓶盖颜色不对。'],
  ['The carton has no serial number or QR code.', '外盒上没有序列号或二维码。'],
  ['The font of the brand name differs from the genuine one.', '品牌名称的字体与正品不同。'],
  ['The vial is taller and narrower than the genuine one.', '药瓶比正品高而细。'],
  ['The active ingredient is named differently from the genuine pack.', '有效成分的写法与正品包装不同。'],
  ['The leaflet is missing.', '没有说明书。'],
  ['The sticker label covers only part of the vial.', '不干胶标签只包住药瓶的一部分。'],
  ['The price was far below that of the genuine product.', '售价远低于正品。'],
  ['The seal on the carton was broken or missing.', '外盒的封口破损或没有封口。'],
  ['The powder in the vial looked different from the genuine product.', '药瓶里的粉末看起来与正品不同。'],
];
const RECOGNISED = [
  ['The maker examined samples and confirmed they were not its product.', '生产商检查了样品，确认不是它的产品。'],
  ['A doctor reported a suspect vial to the authority.', '一名医生向监管部门报告了一支可疑药瓶。'],
  ['Found in a routine inspection of a clinic.', '在对一家诊所的例行检查中发现。'],
  ['Found by customs officers in a parcel.', '海关人员在一个包裹中发现。'],
  ['A patient complained after a reaction.', '一名患者出现不良反应后投诉。'],
  ['The authority bought samples online and tested them.', '监管部门在网上购买样品并进行了检测。'],
];
const WHERE = [
  [(c) => `Sold online to buyers in ${c.en}.`, (c) => `在网上向${c.zh}买家出售。`],
  [(c) => `Found at a beauty salon in ${c.city}.`, (c) => `在${c.cityZh}的一家美容院发现。`],
  [(c) => `Seized by customs at ${c.city} airport in parcels from abroad.`, (c) => `海关在${c.cityZh}机场从境外寄来的包裹中查获。`],
  [(c) => `Offered through social media to clinics in ${c.city}.`, (c) => `通过社交媒体向${c.cityZh}的诊所兜售。`],
  [(c) => `Used by an unlicensed injector in ${c.city}.`, (c) => `${c.cityZh}一名无执照的注射者使用过。`],
  [
    (c) => `Supplied to a clinic in ${c.city} by a distributor that is not the authorised importer.`,
    (c) => `由一家并非授权进口商的经销商供应给${c.cityZh}的一家诊所。`,
  ],
  [(c) => `${c.en}; the alert does not say where it was sold.`, (c) => `${c.zh}；警示没有说明在哪里出售。`],
];
const HARMS = [
  ['None reported.', '没有伤害报告。'],
  ['Two people were treated in hospital for symptoms of botulism.', '两人因肉毒中毒症状在医院接受治疗。'],
  ['One person had swelling and an infection at the injection site.', '一人注射部位肿胀并感染。'],
  ['Several people reported drooping eyelids and difficulty swallowing.', '几个人报告眼睑下垂和吞咽困难。'],
];
const NOTES = [
  ['Printed on the carton.', '印在外盒上。'],
  ['Printed on the vial.', '印在药瓶上。'],
  ['Genuine units also carry this lot number.', '正品也使用这个批号。'],
  ['Labelled in a language not used in this country.', '标签语言不是该国使用的语言。'],
];
const IDENTIFIERS = [
  ['REF', '产品编号（REF）', (r) => `${digits(r, 5)}${letter(r)}${letter(r)}`],
  ['GTIN', '全球贸易项目代码（GTIN）', (r) => `0${digits(r, 13)}`],
  ['Registration number', '注册号', (r) => `${letter(r)}${digits(r, 4)}-${digits(r, 2)}`],
  ['Serial number', '序列号', (r) => `SN${digits(r, 8)}`],
];

// Brands: id, name, type, maker [English, Chinese], strengths, descriptors (title words), lot style, names in other scripts.
const TOXIN = 'botulinum-toxin';
const HA = 'hyaluronic-acid-filler';
const TOXIN_WORDS = [
  'toxina botulínica',
  'toxina botulínica tipo A',
  'Botulinum Toxin Type A',
  'Purified Neurotoxin Complex',
  'powder for solution for injection',
  'lyophilised powder',
  'vial',
];
const FILLER_WORDS = ['with lidocaine', 'ácido hialurónico', 'hyaluronic acid', 'gel for injection', 'pre-filled syringe', '1 ml'];
const BRANDS = [
  [
    'botox',
    'Botox',
    TOXIN,
    ['Allergan, an AbbVie company', 'Allergan（AbbVie旗下公司）'],
    ['50 U', '100 U', '200 U', '100 UNITS', '150 UNITS'],
    TOXIN_WORDS,
    'botox',
    [
      ['保妥适', 'zh-Hans'],
      ['보톡스', 'ko'],
      ['ボトックス', 'ja'],
    ],
    10,
  ],
  [
    'dysport',
    'Dysport',
    TOXIN,
    ['Ipsen', '益普生（Ipsen）'],
    ['300U', '500U', '500 U', '150U'],
    TOXIN_WORDS,
    'dysport',
    [
      ['丽舒妥', 'zh-Hans'],
      ['디스포트', 'ko'],
    ],
    7,
  ],
  [
    'xeomin',
    'Xeomin',
    TOXIN,
    ['Merz', 'Merz'],
    ['50 units', '100 units'],
    TOXIN_WORDS,
    'digits',
    [
      ['西马', 'zh-Hans'],
      ['제오민', 'ko'],
    ],
    3,
  ],
  ['bocouture', 'Bocouture', TOXIN, ['Merz'], ['50 units'], TOXIN_WORDS, 'digits', [], 1],
  ['azzalure', 'Azzalure', TOXIN, ['Galderma'], ['125 Speywood units'], TOXIN_WORDS, 'dysport', [], 1],
  ['nabota', 'Nabota', TOXIN, ['Daewoong Pharmaceutical (대웅제약)'], ['100 U', '200 U'], TOXIN_WORDS, 'korean', [['나보타', 'ko']], 4],
  ['botulax', 'Botulax', TOXIN, ['Hugel'], ['100 units', '200 units'], TOXIN_WORDS, 'korean', [['보툴렉스', 'ko']], 4],
  ['neuronox', 'Neuronox', TOXIN, ['Medytox'], ['100 U'], TOXIN_WORDS, 'korean', [['뉴로녹스', 'ko']], 3],
  [
    'meditoxin',
    'Meditoxin',
    TOXIN,
    ['Medytox'],
    ['100 U', '200 U'],
    TOXIN_WORDS,
    'korean',
    [
      ['메디톡신', 'ko'],
      ['美提妥', 'zh-Hans'],
    ],
    3,
  ],
  ['innotox', 'Innotox', TOXIN, ['Medytox'], ['100 U'], TOXIN_WORDS, 'korean', [['이노톡스', 'ko']], 2],
  ['coretox', 'Coretox', TOXIN, ['Medytox'], ['100 U'], TOXIN_WORDS, 'korean', [['코어톡스', 'ko']], 1],
  ['hutox', 'Hutox', TOXIN, ['Huons'], ['100 U'], TOXIN_WORDS, 'korean', [['휴톡스', 'ko']], 1],
  ['liztox', 'Liztox', TOXIN, ['Huons'], ['100 U', '200 U'], TOXIN_WORDS, 'korean', [['리즈톡스', 'ko']], 1],
  [
    'hengli',
    'Hengli',
    TOXIN,
    ['Lanzhou Institute of Biological Products', '兰州生物制品研究所'],
    ['50 U', '100 U'],
    TOXIN_WORDS,
    'date',
    [['衡力', 'zh-Hans']],
    4,
  ],
  ['rentox', 'Rentox', TOXIN, undefined, ['100 U'], TOXIN_WORDS, 'generic', [], 2],
  [
    'letybo',
    'Letybo',
    TOXIN,
    ['Hugel'],
    ['50 U'],
    TOXIN_WORDS,
    'korean',
    [
      ['레티보', 'ko'],
      ['乐提葆', 'zh-Hans'],
    ],
    1,
  ],
  ['jeuveau', 'Jeuveau', TOXIN, ['Evolus'], ['100 units'], TOXIN_WORDS, 'generic', [], 1],
  ['relatox', 'Relatox', TOXIN, ['Microgen'], ['50 U', '100 U'], TOXIN_WORDS, 'generic', [['Релатокс', 'ru']], 1],
  [
    'juvederm',
    'Juvederm',
    HA,
    ['Allergan, an AbbVie company', 'Allergan（AbbVie旗下公司）'],
    ['Ultra 3', 'Ultra 4', 'Voluma', 'Volbella', 'Volift'],
    FILLER_WORDS,
    'juvederm',
    [['乔雅登', 'zh-Hans']],
    6,
  ],
  [
    'restylane',
    'Restylane',
    HA,
    ['Galderma'],
    ['Lyft', 'Kysse', 'Defyne', 'Volyme', 'Skinboosters'],
    FILLER_WORDS,
    'restylane',
    [['瑞蓝', 'zh-Hans']],
    4,
  ],
  [
    'yvoire',
    'Yvoire',
    HA,
    ['LG Chem'],
    ['Classic', 'Volume', 'Contour'],
    FILLER_WORDS,
    'generic',
    [
      ['이브아르', 'ko'],
      ['伊婉', 'zh-Hans'],
    ],
    2,
  ],
  ['belotero', 'Belotero', HA, ['Merz'], ['Balance', 'Intense', 'Volume'], FILLER_WORDS, 'generic', [], 1],
  ['teosyal', 'Teosyal', HA, ['Teoxane'], ['RHA 2', 'RHA 4', 'Ultra Deep'], FILLER_WORDS, 'generic', [], 1],
  ['stylage', 'Stylage', HA, ['Vivacy'], ['M', 'L', 'XL'], FILLER_WORDS, 'generic', [], 1],
  ['revolax', 'Revolax', HA, ['Across'], ['Fine', 'Deep', 'Sub-Q'], FILLER_WORDS, 'generic', [['리볼렉스', 'ko']], 2],
  ['neuramis', 'Neuramis', HA, ['Medytox'], ['Deep', 'Volume'], FILLER_WORDS, 'generic', [['뉴라미스', 'ko']], 1],
  ['princess', 'Princess', HA, ['Croma'], ['Volume', 'Filler'], FILLER_WORDS, 'generic', [], 1],
  ['profhilo', 'Profhilo', HA, ['IBSA'], ['2 ml'], FILLER_WORDS, 'generic', [], 1],
  ['sculptra', 'Sculptra', 'other-filler', ['Galderma'], ['150 mg'], ['poly-L-lactic acid', 'vial'], 'generic', [['塑然雅', 'zh-Hans']], 2],
  [
    'radiesse',
    'Radiesse',
    'other-filler',
    ['Merz'],
    ['1.5 ml', '0.8 ml'],
    ['calcium hydroxylapatite', 'pre-filled syringe'],
    'generic',
    [],
    1,
  ],
  ['aqualyx', 'Aqualyx', 'other-injectable', ['Marllor Biomedical'], ['8 ml'], ['injectable solution', 'vial'], 'generic', [], 1],
  ['lipolab', 'Lipolab', 'other-injectable', undefined, ['10 ml'], ['PPC', 'fat-dissolving injection'], 'generic', [['리포랩', 'ko']], 1],
].map(([id, name, type, maker, strengths, words, lotStyle, names, weight]) => ({
  id,
  name,
  type,
  maker,
  strengths,
  words,
  lotStyle,
  names,
  weight,
}));
const TYPE_EN = {
  [TOXIN]: 'botulinum toxin',
  [HA]: 'hyaluronic-acid filler',
  'other-filler': 'dermal filler',
  'other-injectable': 'injectable',
};
const TYPE_ZH = { [TOXIN]: '肉毒毒素', [HA]: '玻尿酸填充剂', 'other-filler': '皮肤填充剂', 'other-injectable': '注射剂' };
const SCRIPT_EN = { 'zh-Hans': 'simplified Chinese characters', ko: 'Korean script', ja: 'Japanese script', ru: 'Cyrillic script' };
const SCRIPT_ZH = { 'zh-Hans': '简体中文写法', ko: '韩文写法', ja: '日文写法', ru: '俄文写法' };

/** Lot numbers in the shapes authorities print: C3709C3, U14534, NAB21002, X30LA90596, 2310A001… */
function makeLot(r, style) {
  switch (style) {
    case 'botox':
      return `C${digits(r, 4)}C${r.int(2, 4)}`;
    case 'dysport':
      return `${letter(r, 'HLMSTUWX')}${digits(r, 5)}`;
    case 'digits':
      return digits(r, 6);
    case 'korean':
      return `${r.pick(['NAB', 'BLX', 'NNX', 'MTX', 'HUT'])}${digits(r, 5)}`;
    case 'date':
      return `20${r.int(10, 25)}${pad(r.int(1, 12))}${digits(r, 2)}`;
    case 'juvederm':
      return `${letter(r, 'SVX')}${digits(r, 2)}LA${digits(r, 5)}`;
    case 'restylane':
      return `${digits(r, 5)}-${r.int(1, 3)}`;
    default:
      return r.pick([
        () => `${pad(r.int(10, 25))}${pad(r.int(1, 12))}${letter(r)}${digits(r, 3)}`,
        () => `L${digits(r, 5)}`,
        () => `${letter(r)}${digits(r, 5)}`,
      ])();
  }
}
const expiryOf = (r, year) =>
  r.pick([
    () => `${pad(r.int(1, 12))}/${year + 2}`,
    () => `${year + 2}-${pad(r.int(1, 12))}`,
    () => `${year + 2}.${pad(r.int(1, 12))}`,
    () => `${r.pick(['JAN', 'MAR', 'JUN', 'SEP', 'NOV'])} ${year + 2}`,
  ])();

// ---------------------------------------------------------------------------

function copySite(root, dir) {
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
}

/** The explainers and text pages of the real site, with the sources they cite and their Chinese twins. */
function copyTextPages(root, dir, sourceIds) {
  const needed = new Set();
  for (const sub of ['risks', 'pages']) {
    for (const lang of ['', 'zh']) {
      const from = join(root, 'content', lang, sub);
      if (!existsSync(from)) continue;
      cpSync(from, join(dir, 'content', lang, sub), { recursive: true });
    }
    for (const file of readdirSync(join(root, 'content', sub))) {
      const front = readFileSync(join(root, 'content', sub, file), 'utf8').split(/^---$/m)[1] ?? '';
      for (const ref of parseYaml(front)?.sources ?? []) needed.add(String(ref));
    }
  }
  for (const id of needed) {
    if (sourceIds.has(id)) throw new Error(`synthetic source id ${id} clashes with a real one`);
    for (const lang of ['', 'zh']) {
      const file = join(root, 'content', lang, 'sources', `${id}.yaml`);
      if (existsSync(file)) cpSync(file, join(dir, 'content', lang, 'sources', `${id}.yaml`));
    }
  }
  return needed.size;
}

const yaml = (data) => stringify(data, { lineWidth: 0 });
const frontMatter = (data, body) => `---\n${yaml(data)}---\n\n${body.trim()}\n`;

/**
 * Makes a synthetic site. `size` product records (each in both editions);
 * `cases` case pages; `minimal` keeps bodies short and leaves out country
 * notes and most optional fields (for the largest sizes); `seed` changes the
 * draw. Returns the folder, counts and a plain list of the records.
 */
export function makeBenchSite(size, { cases = 300, dir, minimal = false, seed = 42, root = REPO } = {}) {
  const r = makeRandom(seed * 7919 + size);
  const out = dir ?? mkdtempSync(join(tmpdir(), `fiw-bench-${size}-`));
  mkdirSync(out, { recursive: true });
  copySite(root, out);
  for (const lang of ['', 'zh'])
    for (const sub of ['sources', 'authorities', 'products', 'cases', 'risks', 'pages', 'brands', 'countries'])
      mkdirSync(join(out, 'content', lang, sub), { recursive: true });

  const files = new Map(); // path under content/ → text
  const put = (path, text) => files.set(path, text);
  const sources = new Map(); // id → { en, zh }
  const addSource = (id, en, zh) => {
    if (sources.has(id)) throw new Error(`duplicate source ${id}`);
    sources.set(id, { en, zh });
    return id;
  };
  let sourceNumber = 0;
  const url = (host, path) => `https://${host}.example/${path}/${++sourceNumber}`;

  // Authorities, with their countries.
  const authorities = [];
  for (const c of COUNTRIES) {
    for (const [id, name, abbreviation, kind, zh, nameLocal, nameLocalLang] of c.authorities)
      authorities.push({ id, name, abbreviation, kind, zh, nameLocal, nameLocalLang, country: c });
  }
  const [whoId, whoName, whoAbbr, whoKind, whoZh] = INTERNATIONAL.authority;
  const who = { id: whoId, name: whoName, abbreviation: whoAbbr, kind: whoKind, zh: whoZh, country: INTERNATIONAL };
  authorities.push(who);
  for (const a of authorities) {
    const en = {
      name: a.name,
      ...(a.nameLocal && a.nameLocal !== a.name ? { nameLocal: a.nameLocal, nameLocalLang: a.nameLocalLang } : {}),
      ...(a.abbreviation ? { abbreviation: a.abbreviation } : {}),
      kind: a.kind,
      country: a.country.code,
      website: `https://${a.id}.example/`,
    };
    const zh = { name: a.zh };
    if (a.kind === 'regulator') {
      const src = addSource(
        `${a.id}-reporting-page`,
        {
          title: `Report a suspected falsified or illegal medicine`,
          publisher: a.name,
          url: url(a.id, 'report'),
          kind: 'regulator',
          language: a.country.lang === 'en' ? 'en' : a.country.lang,
        },
        { title: '举报可疑的伪造或非法药品', publisher: a.zh },
      );
      en.report = [
        {
          label: 'Report a suspected product',
          url: `https://${a.id}.example/report/`,
          detail: 'Use the online form on the authority’s website.',
        },
      ];
      en.sources = [src];
      zh.report = [{ label: '举报可疑产品', detail: '使用该机构网站上的在线表格。' }];
    }
    put(`authorities/${a.id}.yaml`, yaml(en));
    put(`zh/authorities/${a.id}.yaml`, yaml(zh));
  }
  const regulatorOf = (c) =>
    authorities.find((a) => a.country.code === c.code && a.kind === 'regulator') ?? authorities.find((a) => a.country.code === c.code);

  // Brands, with the sources of their facts.
  for (const b of BRANDS) {
    const home = b.names.some(([, l]) => l === 'ko')
      ? COUNTRIES.find((c) => c.code === 'KR')
      : b.id === 'hengli'
        ? COUNTRIES.find((c) => c.code === 'CN')
        : COUNTRIES.find((c) => c.code === 'US');
    const approvalCountries = [
      home,
      ...r.sample(
        COUNTRIES.filter((c) => c !== home),
        minimal ? 0 : r.int(0, 2),
      ),
    ];
    const register = addSource(
      `${b.id}-approval-register`,
      {
        title: `${b.name}: entry in the register of approved products`,
        publisher: regulatorOf(home).name,
        url: url(b.id, 'register'),
        kind: 'regulator',
        language: 'en',
      },
      { title: `${b.name}：获批产品登记册中的条目`, publisher: regulatorOf(home).zh },
    );
    const news = addSource(
      `${b.id}-maker-warning`,
      {
        title: `${b.name} maker warns of counterfeits`,
        publisher: r.pick(OUTLETS)[0],
        url: url(b.id, 'news'),
        kind: 'news',
        language: 'en',
        published: `20${r.int(15, 25)}-${pad(r.int(1, 12))}`,
      },
      { title: `${b.name}生产商提醒注意假货` },
    );
    const en = {
      name: b.name,
      type: b.type,
      ...(b.maker ? { maker: { name: b.maker[0], sources: [news] } } : {}),
      names: b.names.map(([name, lang]) => ({
        name,
        lang,
        note: `${b.name} in ${SCRIPT_EN[lang]}, as news reports write it`,
        sources: [news],
      })),
      approvals: b.maker
        ? approvalCountries.map((c, i) => ({
            country: c.code,
            authority: regulatorOf(c).id,
            ...(i === 0 ? { note: `Approved as ${b.name} ${b.strengths[0]}.` } : {}),
            sources: [register],
          }))
        : [],
      genuine: b.maker ? [{ text: `Genuine ${b.name} comes as ${b.strengths.slice(0, 3).join(', ')}.`, sources: [register] }] : [],
      sources: [...(b.maker ? [register] : []), news],
      published: r.pick(PUBLISHED),
    };
    const zh = {
      ...(b.maker?.[1] ? { maker: { name: b.maker[1] } } : {}),
      names: b.names.map(([, lang]) => ({ note: `${b.name}的${SCRIPT_ZH[lang]}，新闻报道这样写` })),
      approvals: en.approvals.map((a) => (a.note ? { note: `以${b.name} ${b.strengths[0]}的名称获批。` } : {})),
      genuine: en.genuine.map(() => ({ text: `正品${b.name}的规格有${b.strengths.slice(0, 3).join('、')}。` })),
    };
    put(`brands/${b.id}.yaml`, yaml(en));
    put(`zh/brands/${b.id}.yaml`, yaml(zh));
  }

  // Products, in alerts of one to three records each.
  const products = [];
  const usedTitles = new Set();
  const newsPool = new Map(); // country → [{ id, left }]
  const countryWeights = [...COUNTRIES.map((c) => [c, c.weight]), [INTERNATIONAL, REPORT_WEIGHT * 100]];
  const brandWeights = BRANDS.map((b) => [b, b.weight]);
  let alertNumber = 0;
  while (products.length < size) {
    const c = r.weighted(countryWeights);
    const authority =
      c === INTERNATIONAL ? who : r.weighted(authorities.filter((a) => a.country === c).map((a) => [a, a.kind === 'regulator' ? 6 : 1]));
    const year = 2005 + Math.floor(21 * Math.pow(r.next(), 0.55));
    const precision = r.weighted([
      ['day', 60],
      ['month', 25],
      ['year', 10],
      ['none', 5],
    ]);
    const date =
      precision === 'day'
        ? `${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`
        : precision === 'month'
          ? `${year}-${pad(r.int(1, 12))}`
          : precision === 'year'
            ? String(year)
            : undefined;
    const status = r.weighted(STATUS_WEIGHTS);
    const wordsLang = authority.country.lang;
    const ref = `${++alertNumber % 97 || 97}/${year}`;
    const alertSource = addSource(
      `${authority.id}-alert-${year}-${alertNumber}`,
      {
        title: r.pick([
          `Alert ${ref}: ${STATUS[status].en} medicines`,
          `Public warning on ${STATUS[status].en} ${TYPE_EN[TOXIN]} products`,
          `Safety alert ${ref}`,
          `Notice on ${STATUS[status].en} cosmetic injectables`,
        ]),
        publisher: authority.name,
        ...(date ? { published: date } : {}),
        url: url(authority.id, `alerts/${year}`),
        kind: 'regulator',
        language: wordsLang,
        ...(r.chance(0.08) ? { note: 'The page was later moved; the archived copy is cited.' } : {}),
      },
      { title: r.pick([`${authority.zh}警示${ref}`, `关于${STATUS[status].zh}药品的公告`]), publisher: authority.zh },
    );
    const noted = sources.get(alertSource).en.note;
    if (noted) sources.get(alertSource).zh.note = '该网页后来被移走，引用的是存档副本。';
    const n = r.weighted([
      [1, 6],
      [2, 3],
      [3, 1],
    ]);
    const alertBrand = r.chance(0.92) ? r.weighted(brandWeights) : undefined;
    for (let k = 0; k < n && products.length < size; k++) {
      const i = products.length + 1;
      const brand = k === 0 || r.chance(0.6) ? alertBrand : r.chance(0.9) ? r.weighted(brandWeights) : undefined;
      const type =
        brand?.type ??
        r.weighted([
          [TOXIN, 3],
          [HA, 1],
        ]);
      const strength = brand ? r.pick(brand.strengths) : type === TOXIN ? r.pick(['100 U', '100 units']) : r.pick(['1 ml', '2 ml']);
      const upper = r.chance(0.35);
      const shown = brand ? (upper ? brand.name.toUpperCase() : brand.name) : '';
      const extra = brand && r.chance(0.5) ? r.pick(brand.words) : undefined;
      const titleForm = brand
        ? r.weighted([
            ['plain', 5],
            ['words', extra ? 4 : 0],
            ['maker', brand.maker ? 1 : 0],
          ])
        : 'none';
      const title =
        titleForm === 'plain'
          ? `${shown} ${strength}`
          : titleForm === 'words'
            ? `${shown} ${strength} (${extra})`
            : titleForm === 'maker'
              ? `${shown} ${strength} (${brand.maker[0].split(/[ ,(]/)[0].toUpperCase()})`
              : `${type === TOXIN ? r.pick(['Botulinum toxin type A', 'Botulinum toxin']) : 'Hyaluronic acid filler'} ${strength} (brand not stated)`;
      const titleZh = titleForm === 'none' ? `${TYPE_ZH[type]} ${strength}（品牌未说明）` : undefined;
      const lots = [];
      const lotCount = r.weighted([
        [1, 5],
        [2, 3],
        [3, 2],
      ]);
      while (lots.length < lotCount) {
        const lot = makeLot(r, brand?.lotStyle ?? 'generic');
        if (!lots.some((l) => l.lot === lot))
          lots.push({
            lot,
            ...(r.chance(0.5) ? { expiry: expiryOf(r, year) } : {}),
            ...(!minimal && r.chance(0.15) ? { noteIndex: r.int(0, NOTES.length - 1) } : {}),
          });
      }
      const countries =
        c === INTERNATIONAL
          ? r.sample(COUNTRIES, 2).map((x) => x.code)
          : r.chance(0.06)
            ? [c.code, r.pick(COUNTRIES.filter((x) => x !== c)).code]
            : [c.code];
      const home = c === INTERNATIONAL ? COUNTRIES.find((x) => x.code === countries[0]) : c;
      const [city, cityZh] = r.pick(home.cities);
      const where = r.pick(WHERE);
      const place = { en: countryEn(home.code), zh: countryZh(home.code), city, cityZh };
      const tells = minimal
        ? r.sample(TELLS, r.int(0, 1))
        : FAKE.has(status) || status === 'suspected-counterfeit'
          ? r.sample(TELLS, r.int(1, 4))
          : r.sample(TELLS, r.int(0, 1));
      const sourcesOfRecord = [alertSource];
      let news;
      if (r.chance(0.4)) {
        const pool = newsPool.get(home.code) ?? [];
        newsPool.set(home.code, pool);
        let item = pool.find((x) => x.left > 0 && x.year === year);
        if (!item) {
          const [outlet, outletZh] = r.pick(OUTLETS);
          const id = addSource(
            `${slug(outlet)}-${home.code.toLowerCase()}-${year}-${++sourceNumber}`,
            {
              title: `${r.pick(['Fake', 'Counterfeit', 'Illegal'])} ${TYPE_EN[type]} ${r.pick(['found in', 'seized in', 'sold in'])} ${city}`,
              publisher: outlet,
              ...(date ? { published: date } : {}),
              url: url(slug(outlet), `news/${year}`),
              kind: 'news',
              language: 'en',
            },
            { title: `${cityZh}发现假冒${TYPE_ZH[type]}`, publisher: outletZh },
          );
          item = { id, left: r.int(1, 5), year };
          pool.push(item);
        }
        item.left--;
        news = item.id;
        sourcesOfRecord.push(news);
      }
      // The authority's own words; the status word must be quoted from one of them.
      const word = STATUS[status][wordsLang];
      const quoteProduct = brand ? `${shown} ${strength}` : title.replace(/ \(brand not stated\)$/, '');
      const q = {
        auth: authority.abbreviation ?? authority.name,
        authZh: authority.zh,
        product: quoteProduct,
        lot: lots[0].lot,
        word,
        wordEn: STATUS[status].en,
        wordZh: STATUS[status].zh,
      };
      const authorityWords = [];
      const quotesZh = [];
      let statusWording;
      let statusWordingZh;
      const wordingChoice = minimal ? r.chance(0.5) : r.chance(0.85);
      if (wordingChoice && word) {
        const text = QUOTES[wordsLang][0](q);
        authorityWords.push({
          text,
          lang: wordsLang,
          ...(wordsLang === 'en' ? {} : { translation: quoteEn(q) }),
          source: alertSource,
          speaker: 'authority',
        });
        quotesZh.push(wordsLang.startsWith('zh') ? {} : { translation: quoteZh(q) });
        statusWording = word;
        if (!wordsLang.startsWith('zh')) statusWordingZh = STATUS[status].zh;
      } else if (wordingChoice && news) {
        // Reported in English by a news outlet when the authority's own words are not at hand.
        authorityWords.push({ text: QUOTES.en[0]({ ...q, word: STATUS[status].en }), lang: 'en', source: news, speaker: 'reporter' });
        quotesZh.push({ translation: quoteZh(q) });
        statusWording = STATUS[status].en;
        statusWordingZh = STATUS[status].zh;
      }
      if (!minimal && authorityWords.length && r.chance(0.3)) {
        authorityWords.push({
          text: QUOTES[wordsLang][1],
          lang: wordsLang,
          ...(wordsLang === 'en' ? {} : { translation: PACKAGING_EN }),
          source: alertSource,
          speaker: 'authority',
        });
        quotesZh.push(wordsLang.startsWith('zh') ? {} : { translation: PACKAGING_ZH });
      }
      const aliases =
        brand && !minimal && r.chance(0.2)
          ? r
              .sample(brand.names, r.int(1, 2))
              .map(([name, lang]) => ({ name, lang, ...(r.chance(0.5) ? { note: `${brand.name} in ${SCRIPT_EN[lang]}` } : {}) }))
          : [];
      const identifiers =
        !minimal && r.chance(0.1) ? [r.pick(IDENTIFIERS)].map(([label, labelZh, value]) => ({ label, labelZh, value: value(r) })) : [];
      const recognised = !minimal && r.chance(0.45) ? r.pick(RECOGNISED) : undefined;
      const harm = !minimal && r.chance(0.15) ? r.pick(HARMS) : undefined;
      const claimed = brand?.maker && !minimal && r.chance(0.3) ? brand.maker[0].split(',')[0] : undefined;
      const statusCountry = UNAPPROVED.has(status) ? home.code : undefined;
      const id = `${authority.id}-${status}-${brand?.id ?? 'unbranded'}-${lotKey(lots[0].lot)}-${i}`;
      const changed = !minimal && r.chance(0.06);
      const published = r.pick(PUBLISHED);
      const product = {
        id,
        country: home,
        brand,
        lots,
        title,
        status,
        year: date?.slice(0, 4),
        en: {
          title,
          ...(brand ? { brand: brand.id } : {}),
          ...(aliases.length ? { aliases } : {}),
          ...(claimed ? { claimedMaker: `${claimed} (imitated)` } : {}),
          type,
          strength,
          lots: lots.map(({ noteIndex, ...l }) => ({ ...l, ...(noteIndex === undefined ? {} : { note: NOTES[noteIndex][0] }) })),
          ...(identifiers.length ? { identifiers: identifiers.map(({ label, value }) => ({ label, value })) } : {}),
          ...(tells.length ? { tells: tells.map(([en]) => en) } : {}),
          ...(recognised ? { recognisedBy: recognised[0] } : {}),
          whereFound: where[0](place),
          countries,
          authority: authority.id,
          alert: {
            title: sources.get(alertSource).en.title,
            ...(r.chance(0.3) ? { id: `${authority.abbreviation ?? 'REF'}-${ref}` } : {}),
            ...(date ? { date } : {}),
            source: alertSource,
          },
          status,
          ...(statusWording ? { statusWording } : {}),
          ...(statusCountry ? { statusCountry } : {}),
          ...(authorityWords.length ? { authorityWords } : {}),
          ...(harm ? { harm: harm[0] } : {}),
          sources: sourcesOfRecord,
          published,
          ...(changed
            ? { updated: '2027-01-12', changelog: [{ date: '2027-01-12', change: 'Added a lot number from a later notice.' }] }
            : {}),
        },
        zh: {
          ...(titleZh ? { title: titleZh } : {}),
          ...(statusWordingZh ? { statusWording: statusWordingZh } : {}),
          alertTitle: sources.get(alertSource).zh.title,
          ...(claimed ? { claimedMaker: `${claimed}（被仿冒）` } : {}),
          ...(recognised ? { recognisedBy: recognised[1] } : {}),
          whereFound: where[1](place),
          ...(harm ? { harm: harm[1] } : {}),
          ...(tells.length ? { tells: tells.map(([, zh]) => zh) } : {}),
          ...(quotesZh.length ? { authorityWords: quotesZh } : {}),
          ...(lots.some((l) => l.noteIndex !== undefined)
            ? { lotNotes: Object.fromEntries(lots.filter((l) => l.noteIndex !== undefined).map((l) => [l.lot, NOTES[l.noteIndex][1]])) }
            : {}),
          ...(aliases.some((a) => a.note)
            ? { aliasNotes: Object.fromEntries(aliases.filter((a) => a.note).map((a) => [a.name, `${brand.name}的${SCRIPT_ZH[a.lang]}`])) }
            : {}),
          ...(identifiers.length ? { identifierLabels: Object.fromEntries(identifiers.map((x) => [x.label, x.labelZh])) } : {}),
          ...(changed ? { changelog: [{ change: '根据后来的通告补充了一个批号。' }] } : {}),
        },
        alertSource,
        news,
        authority,
        cases: [],
      };
      products.push(product);
      usedTitles.add(title);
    }
  }

  // Cases: each links some records of one country (and names them in its text).
  const byCountry = new Map();
  for (const p of products) byCountry.set(p.country.code, [...(byCountry.get(p.country.code) ?? []), p]);
  const caseCount = minimal ? Math.min(cases, 20) : cases;
  const caseCountries = COUNTRIES.filter((c) => byCountry.has(c.code)).map((c) => [c, byCountry.get(c.code).length]);
  const caseList = [];
  for (let i = 1; i <= caseCount && caseCountries.length; i++) {
    const c = r.weighted(caseCountries);
    const pool = byCountry.get(c.code);
    const anchor = r.pick(pool);
    const sameBrand = pool.filter((p) => p.brand === anchor.brand);
    const linked = [...new Set([anchor, ...r.sample(sameBrand, r.int(0, 3)), ...r.sample(pool, r.int(0, 2))])];
    const brandName = anchor.brand?.name ?? TYPE_EN[anchor.en.type];
    const [city, cityZh] = r.pick(c.cities);
    const start = Math.min(...linked.map((p) => Number(p.year ?? 2015)));
    const end = start + r.int(0, 3);
    const kind = r.pick([
      ['counterfeit', 'sold to clinics', '假冒', '卖给诊所'],
      ['falsified', 'lots found by the regulator', '伪造', '批次被监管部门发现'],
      ['illegal', 'imports seized at the border', '非法', '进口产品在边境被查获'],
      ['fake', 'injected at a beauty salon', '假', '在美容院被注射'],
      ['unlicensed', 'sold through social media', '无证', '通过社交媒体销售'],
    ]);
    const caseSources = [...new Set(linked.map((p) => p.alertSource))].slice(0, 3);
    const [outlet, outletZh] = r.pick(OUTLETS);
    const report = addSource(
      `${slug(outlet)}-case-${i}`,
      {
        title: `${city}: ${kind[0]} ${brandName} ${kind[1]}`,
        publisher: outlet,
        published: `${end}-${pad(r.int(1, 12))}`,
        url: url(slug(outlet), 'cases'),
        kind: 'news',
        language: 'en',
      },
      { title: `${cityZh}：${kind[2]}${brandName}${kind[3]}`, publisher: outletZh },
    );
    caseSources.push(report);
    const auths = [...new Set(linked.map((p) => p.authority.id))];
    const authority = linked[0].authority;
    const id = `${slug(countryEn(c.code))}-${kind[0]}-${slug(brandName)}-${slug(kind[1])}-${i}`;
    const people =
      !minimal && r.chance(0.4)
        ? [
            {
              en: {
                name: `${r.pick(['Maria', 'Ana', 'Lee', 'Kim', 'Chen', 'Sara', 'John', 'Ali'])} ${r.pick(['S.', 'P.', 'L.', 'R.', 'M.'])}`,
                pseudonym: r.pick(['yes', 'no', 'unconfirmed']),
                role: 'The seller, who ran the business from home',
                sources: [report],
              },
              zh: { role: '在家中经营生意的卖家' },
            },
          ]
        : [];
    const lotsLinked = linked.flatMap((p) => p.lots.map((l) => l.lot)).slice(0, 4);
    const facts = [
      [['Authority', authority.name], ['监管机构', authority.zh], caseSources[0]],
      [
        ['Products', `${brandName}, ${linked.length} record${linked.length > 1 ? 's' : ''} in the register`],
        ['产品', `${brandName}，本名录中有${linked.length}条记录`],
        caseSources[0],
      ],
      [['Place', `${city}, ${countryEn(c.code)}`], ['地点', `${countryZh(c.code)}${cityZh}`], report],
      ...(lotsLinked.length ? [[['Lots', lotsLinked.join(', ')], ['批号', lotsLinked.join('、')], caseSources[0]]] : []),
      [
        ['Harm', r.pick(['None reported', 'Two people treated in hospital', 'Not stated'])],
        ['危害', r.pick(['没有伤害报告', '两人住院治疗', '没有说明'])],
        report,
      ],
    ];
    const timeline = minimal
      ? []
      : [
          {
            when: String(start),
            event: `${authority.abbreviation ?? authority.name} publishes its first warning.`,
            zhEvent: `${authority.zh}发布第一份警示。`,
            source: caseSources[0],
          },
          ...(end > start
            ? [{ when: String(end), event: `A news report describes the outcome.`, zhEvent: '一篇新闻报道介绍了结果。', source: report }]
            : []),
        ];
    const links = linked.map((p) => `[${p.title}](/products/${p.id}/)`);
    const lotLinks = lotsLinked.map((l) => `[${l}](/lots/${lotKey(l)}/)`);
    const cite = (s) => `[@${s}]`;
    const para = (n, en, zh) => Array.from({ length: minimal ? 1 : n }, (_, k) => [en(k), zh(k)]);
    const sections = [
      [
        'What happened',
        '事情经过',
        para(
          3,
          (k) =>
            [
              `${brandName} is a brand of ${TYPE_EN[anchor.en.type]}. It is used in cosmetic clinics to soften wrinkles ${cite(report)}.`,
              `${authority.abbreviation ?? authority.name} warned that ${kind[0]} ${brandName} was ${kind[1]} in ${city} ${cite(caseSources[0])}. See the records ${links.join(', ')}.`,
              `The warning named the lots ${lotLinks.join(', ') || '(none given)'} ${cite(caseSources[0])}.`,
            ][k],
          (k) =>
            [
              `${brandName}是一个${TYPE_ZH[anchor.en.type]}品牌，美容诊所用它来淡化皱纹${cite(report)}。`,
              `${authority.zh}警告说，${kind[2]}${brandName}在${cityZh}${kind[3]}${cite(caseSources[0])}。请看记录${links.join('、')}。`,
              `警示列出的批号是${lotLinks.join('、') || '（没有给出）'}${cite(caseSources[0])}。`,
            ][k],
        ),
      ],
      [
        'How it was found',
        '如何发现',
        para(
          2,
          (k) =>
            [
              `${r.pick(RECOGNISED)[0]} ${cite(caseSources[0])}`,
              `The packs were compared with genuine ones; the differences are listed in each record ${cite(report)}.`,
            ][k],
          (k) =>
            [
              `${RECOGNISED[k % RECOGNISED.length][1]}${cite(caseSources[0])}`,
              `这些产品与正品做了比较，差别列在每条记录里${cite(report)}。`,
            ][k],
        ),
      ],
      [
        'The harm',
        '危害',
        para(
          2,
          (k) =>
            [
              `The reports mention ${r.pick(['no one harmed', 'people treated in hospital', 'complaints from patients'])} ${cite(report)}.`,
              `A fake or unapproved product has an unknown origin and content, so its safety cannot be guaranteed. See [Danger signs after an injection](/risks/danger-signs/).`,
            ][k],
          (k) =>
            [
              `报道提到了受影响的人${cite(report)}。`,
              `假冒或未经批准的产品来源和成分都不明，安全性无法保证。请看[打针后的危险信号](/risks/danger-signs/)。`,
            ][k],
        ),
      ],
      [
        'The outcome',
        '结果',
        para(
          2,
          (k) =>
            [
              `${authority.abbreviation ?? authority.name} told clinics and pharmacies to stop using the products ${cite(caseSources[0])}.`,
              `The report does not say whether anyone was prosecuted ${cite(report)}.`,
            ][k],
          (k) => [`${authority.zh}要求诊所和药店停止使用这些产品${cite(caseSources[0])}。`, `报道没有说是否有人被起诉${cite(report)}。`][k],
        ),
      ],
      [
        'What you can learn',
        '可以学到什么',
        para(
          2,
          (k) =>
            [
              `- A lot number on a list is a strong warning sign, but not proof either way. See [Why a lot number is not proof either way](/risks/lot-numbers/).`,
              `- Buy only from licensed clinics and pharmacies. See [How to check a product](/risks/how-to-check-a-product/).`,
            ][k],
          (k) =>
            [
              `- 名单上的批号是强烈的警示信号，但不能证明真假。请看[为什么批号不能证明真假](/risks/lot-numbers/)。`,
              `- 只在有执照的诊所和药店购买。请看[如何检查产品](/risks/how-to-check-a-product/)。`,
            ][k],
        ),
      ],
      [
        'About the sources',
        '关于来源',
        para(
          1,
          () => `We know this case from ${authority.abbreviation ?? authority.name}'s alert and a report by ${outlet} ${cite(report)}.`,
          () => `我们是通过${authority.zh}的警示和${outletZh}的报道得知这起案件的${cite(report)}。`,
        ),
      ],
    ];
    const body = (lang) =>
      sections
        .map(([en, zh, paras]) => `## ${lang === 'en' ? en : zh}\n\n${paras.map((p) => (lang === 'en' ? p[0] : p[1])).join('\n\n')}`)
        .join('\n\n');
    const typeSet = [...new Set(linked.map((p) => p.en.type))];
    const en = {
      title: `${countryEn(c.code)}: ${kind[0]} ${brandName} ${kind[1]}, ${start}`,
      summary: `${authority.abbreviation ?? authority.name} warned in ${start} that ${kind[0]} ${brandName} was ${kind[1]} in ${city}. The register holds ${linked.length} record${linked.length > 1 ? 's' : ''} from this case.`,
      countries: [c.code],
      place: `${city}, ${countryEn(c.code)}`,
      period: { start: String(start), ...(end > start ? { end: String(end) } : {}) },
      productTypes: typeSet,
      authorities: auths,
      keyFacts: facts.map(([[label, value], , s]) => ({ label, value, sources: [s] })),
      timeline: timeline.map((t) => ({ when: t.when, event: t.event, sources: [t.source] })),
      people: people.map((p) => p.en),
      products: linked.map((p) => p.id),
      sources: caseSources,
      published: r.pick(PUBLISHED),
    };
    const zh = {
      title: `${countryZh(c.code)}：${kind[2]}${brandName}${kind[3]}（${start}年）`,
      summary: `${authority.zh}在${start}年警告说，${kind[2]}${brandName}在${cityZh}${kind[3]}。本名录收录了这起案件的${linked.length}条记录。`,
      place: `${countryZh(c.code)}${cityZh}`,
      keyFacts: facts.map(([, [label, value]]) => ({ label, value })),
      timeline: timeline.map((t) => ({ when: `${t.when}年`, event: t.zhEvent })),
      people: people.map((p) => p.zh),
    };
    // A few records name their case on their own side too; a link on either side counts for both.
    for (const p of linked) if (r.chance(0.3)) p.cases.push(id);
    put(`cases/${id}.md`, frontMatter(en, body('en')));
    put(`zh/cases/${id}.md`, frontMatter(zh, body('zh')));
    caseList.push(id);
  }

  for (const p of products) {
    const cite = (s) => `[@${s}]`;
    const a = p.authority.abbreviation ?? p.authority.name;
    const statusEn = STATUS[p.status].en;
    const sentences = [
      [
        `${a} published this alert ${p.en.alert.date ? `in ${p.en.alert.date.slice(0, 4)}` : 'on a date it does not show'} ${cite(p.alertSource)}.`,
        `${p.authority.zh}${p.en.alert.date ? `在${p.en.alert.date.slice(0, 4)}年` : '在未注明的日期'}发布了这份警示${cite(p.alertSource)}。`,
      ],
      [
        `It called the product ${statusEn}, and told ${r.pick(['clinics', 'pharmacies', 'the public'])} not to use the lots listed ${cite(p.alertSource)}.`,
        `它称这种产品${STATUS[p.status].zh}，并要求不要使用所列批次${cite(p.alertSource)}。`,
      ],
      ...(p.news
        ? [
            [
              `A news report gave further details of where it was sold ${cite(p.news)}.`,
              `一篇新闻报道进一步介绍了它的销售地点${cite(p.news)}。`,
            ],
          ]
        : []),
      ...(UNAPPROVED.has(p.status)
        ? [
            [
              `It did not say the product was fake: its word is that it is not approved there.`,
              '它没有说这种产品是假货：它的说法是该产品在当地未获批准。',
            ],
          ]
        : []),
    ];
    const chosen = minimal ? sentences.slice(0, 1) : sentences;
    put(`products/${p.id}.md`, frontMatter({ ...p.en, ...(p.cases.length ? { cases: p.cases } : {}) }, chosen.map((s) => s[0]).join(' ')));
    put(`zh/products/${p.id}.md`, frontMatter(p.zh, chosen.map((s) => s[1]).join('')));
  }

  // Country notes: how to check and report, what was searched, known gaps.
  const noted = minimal ? COUNTRIES.slice(0, 1) : COUNTRIES.filter((c) => ['US', 'MX', 'BR', 'GB', 'KR', 'CN', 'AU'].includes(c.code));
  for (const c of noted) {
    const reg = regulatorOf(c);
    const src = `${reg.id}-reporting-page`;
    const en = {
      country: c.code,
      checkProduct: [
        {
          text: `Ask to see the pack before the injection and check it carries a ${countryEn(c.code)} registration number.`,
          sources: [src],
        },
      ],
      checkInjector: [{ text: 'Injections should be given only by a licensed doctor or nurse in a registered clinic.', sources: [src] }],
      report: [{ text: `Report a suspect product to ${reg.name}.`, url: `https://${reg.id}.example/report/`, sources: [src] }],
      searches: [
        { authority: reg.id, scope: 'Alerts on fake or illegal cosmetic injectables before 2010', found: 'nothing' },
        { body: 'Court records', scope: 'Judgments in cases of fake botulinum toxin', found: 'partly', note: 'Only summaries were found.' },
      ],
      gaps: ['Most alerts do not name where the products were sold.'],
      sources: [src],
      published: r.pick(PUBLISHED),
    };
    const zh = {
      checkProduct: [{ text: `打针前要求看包装，检查上面有没有${countryZh(c.code)}的注册号。` }],
      checkInjector: [{ text: '注射只能由注册诊所里有执照的医生或护士进行。' }],
      report: [{ text: `向${reg.zh}举报可疑产品。` }],
      searches: [
        { scope: '2010年以前关于假冒或非法美容注射剂的警示' },
        { scope: '假冒肉毒毒素案件的判决书', body: '法院记录', note: '只找到摘要。' },
      ],
      gaps: ['大多数警示没有说明产品在哪里出售。'],
    };
    put(`countries/${c.code.toLowerCase()}.yaml`, yaml(en));
    put(`zh/countries/${c.code.toLowerCase()}.yaml`, yaml(zh));
  }

  for (const [id, { en, zh }] of sources) {
    put(`sources/${id}.yaml`, yaml(en));
    put(`zh/sources/${id}.yaml`, yaml(zh));
  }
  const copiedSources = copyTextPages(root, out, new Set(sources.keys()));
  for (const [path, text] of files) writeFileSync(join(out, 'content', path), text);

  const lots = new Set(products.flatMap((p) => p.lots.map((l) => lotKey(l.lot))));
  return {
    dir: out,
    counts: {
      products: products.length,
      lots: lots.size,
      cases: caseList.length,
      brands: BRANDS.length,
      authorities: authorities.length,
      sources: sources.size + copiedSources,
      countryNotes: noted.length,
      distinctTitles: usedTitles.size,
    },
    records: products.map((p) => ({
      url: `/products/${p.id}/`,
      title: p.title,
      brand: p.brand?.name,
      lots: p.lots.map((l) => l.lot),
      country: p.country.code,
      status: p.status,
      year: p.year,
      tells: p.en.tells ?? [],
      whereFound: p.en.whereFound,
    })),
  };
}

export function removeBenchSite(dir) {
  rmSync(dir, { recursive: true, force: true });
}

// CLI: npx node scripts/bench-site.mjs SIZE [--cases N] [--minimal] [--seed N] [--dir PATH]
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const size = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
  const { dir, counts } = makeBenchSite(size, {
    cases: option('--cases') === undefined ? 300 : Number(option('--cases')),
    minimal: args.includes('--minimal'),
    seed: option('--seed') === undefined ? 42 : Number(option('--seed')),
    dir: option('--dir'),
    root: process.cwd(),
  });
  console.log(JSON.stringify({ dir, ...counts }, null, 2));
}

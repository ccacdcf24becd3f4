/**
 * The Chinese explanation of every open-data field, keyed by file and field
 * path (the paths of the zod schemas in src/lib/publish/export-schemas.ts).
 * The English explanations are the schemas' own descriptions. A field added
 * there without a Chinese note here stops the build, naming the field.
 */

/* The Chinese of each field's description, by file and field path. */
const authorityNotes = (prefix: string): Record<string, string> => ({
  [`${prefix}.id`]: '监管部门在本站的 id，例如 "us-fda"。',
  [`${prefix}.name`]: '监管部门的名称，与本站所用一致（英文或其本国语言）。',
  [`${prefix}.country`]: '所在国家或地区：ISO 3166-1 alpha-2 代码；国际组织为 INT。',
});
const editorialDates: Record<string, string> = {
  published: '记录首次在本站发布的日期（YYYY-MM-DD）。',
  updated: '记录在本站最近一次更新的日期（YYYY-MM-DD）；从未更新过则为 null。',
};
export const FIELD_NOTES: Record<string, Record<string, string>> = {
  envelope: {
    dataset: '固定为 "Fake Injectables Watch"（假针剂观察的英文名）。',
    file: '表明这是哪一个文件。',
    version:
      '数据集的版本号：先是所有记录中最近一次发布或更新的日期，再接全部记录的 SHA-256 哈希值的前 8 位十六进制数字。数据有变化时版本号才变，而且数据一变，版本号必定跟着变。同一次生成的所有文件，版本号都相同。',
    generated: '本文件的生成时间（ISO 8601，UTC）。',
    licence: '文字和数据所用的许可协议。各来源归其发布者所有。',
    'licence.name': '许可协议的名称。',
    'licence.url': '许可协议正文的网址。',
    source: '说明这些文件的 /data/ 页面。',
    count: '文件中有多少条记录。',
    records: '全部记录。',
  },
  products: {
    id: '记录的 id，即其网址的最后一段。记录被更正时，id 不变。',
    url: '本站上这条记录的页面。',
    title: '产品名称，与包装上所印完全一致；或监管部门对它的描述。',
    brand: '它冒称的品牌，用于归类（例如 "Botox"）；没有则为 null。',
    brandId: '这个品牌的 id（见 brands.json）；没有则为 null。',
    aliases: '人们可能用来搜索的其他名称：品牌在其他文字中的写法、通用名。',
    'aliases[].name': '名称的原始写法。',
    'aliases[].lang': '名称所用的语言（BCP 47 代码）。',
    claimedMaker: '包装或监管部门提到的生产商（可能是真实的，也可能是被冒充的）；未公布则为 null。',
    type: '注射产品的类型（代码）。',
    typeLabel: '注射产品类型的文字名称（英文）。',
    strength: '包装上所印的规格，例如 "150 Units"；未公布则为 null。',
    lots: '监管部门就这一产品公布的全部批号。',
    'lots[].lot': '批号，与监管部门公布的写法完全一致。',
    'lots[].normalised':
      '按本站匹配规则处理后的同一批号：字母全部大写，去掉空格、连字符、句点、斜杠和下划线。可用它在不同记录和文件之间关联批号。',
    'lots[].expiry': '有效期，与所印写法完全一致（各国格式不同）；未公布则为 null。',
    'lots[].note': '我们对这个批号的说明；没有则为 null。',
    identifiers: '包装上印的其他标识：序列号、GTIN、注册号等。',
    'identifiers[].label': '这是什么标识，例如 "Serial number"（序列号）。',
    'identifiers[].value': '标识本身，与所印写法一致。',
    tells: '包装上的破绽：与正品有哪些不同，每条一句话。',
    recognisedBy: '监管部门是如何识别出来的；未公布则为 null。',
    whereFound: '发现地点，用文字描述。',
    countries: '发现地：ISO 3166-1 alpha-2 代码。',
    authority: '点名这一产品的监管部门。',
    ...authorityNotes('authority'),
    alert: '监管部门点名这一产品的那条警示。',
    'alert.title': '警示的标题；警示没有标题时，是我们加在括号里的描述。',
    'alert.id': '监管部门自己的编号；没有则为 null。',
    'alert.date': '警示上所示的日期：YYYY、YYYY-MM 或 YYYY-MM-DD；未显示则为 null。',
    'alert.url': '监管部门自己发布这条警示的页面；我们不知道时为 null。',
    'alert.sourceId': '我们得知这条警示所依据的来源（sources.json 中的 id）；它可能是一篇关于这条警示的新闻报道。',
    status: '监管部门自己的认定用词，以代码表示（每个用词的含义见“名录如何编制”页面）。',
    statusLabel: '认定用词的文字名称（英文）。',
    statusFamily:
      '“fake”：假冒、伪造或假货。“suspected”：疑似假冒，尚未确认。“unapproved”：在发现地未获批准（可能是正品）。“irregular”：在合法供应链之外销售，或其他监管措施。',
    statusWording: '监管部门对认定结论的原话，按发布时的原文照录（任何语言）。',
    statusCountry: '属于“unapproved”一类时：产品未获批准的国家或地区；其他情况为 null。',
    harm: '警示中报告的危害；未报告则为 null（这不代表没有危害）。',
    cases: '相关案例的 id（见 cases.json）。',
    sources: '这条记录全部来源的 id（见 sources.json），顺序与页面上的编号一致。',
    ...editorialDates,
  },
  lots: {
    normalised: '按本站匹配规则处理后的批号（见 products.json 的 lots[].normalised）。',
    url: '本站上这个批号的页面，列出所有提到它的记录。',
    spellings: '各条记录中这个批号的所有写法，例如 "C3709C3" 和 "C3709 C3"。',
    records: '提到这个批号的每一条记录，不分国家和地区。',
    'records[].productId': '提到这个批号的那条记录（products.json 中的 id）。',
    'records[].url': '本站上那条记录的页面。',
    'records[].printed': '那条记录中批号的原样写法。',
    'records[].expiry': '那条记录中所印的有效期；未公布则为 null。',
    'records[].authority': '点名该产品的监管部门的 id。',
    'records[].countries': '该产品的发现地：ISO 3166-1 alpha-2 代码。',
    'records[].alertDate': '警示上所示的日期；未显示则为 null。',
    'records[].status': '监管部门对该产品的认定用词（代码）。',
  },
  brands: {
    id: '品牌的 id：即其网址的最后一段，也是 products.json 中 brandId 的值。',
    url: '本站上这个品牌的页面。',
    name: '品牌名称，按生产商的写法，不带 ® 或 ™。',
    type: '注射产品类型（代码）。',
    maker: '正品的生产商；没有记录来源时为 null。',
    'maker.name': '正品由谁生产。',
    'maker.sources': '这一事实的来源 id（见 sources.json）。',
    names: '正品在其他市场和文字中的名称。',
    'names[].name': '名称的原样写法。',
    'names[].lang': '名称所用的语言（BCP 47 代码）。',
    'names[].note': '在哪里使用；没有补充时为 null。',
    'names[].sources': '这一名称的来源 id（见 sources.json）。',
    approvals: '来源说明正品在哪里获批。这不是完整的清单。',
    'approvals[].country': '正品获批的国家或地区（ISO 3166-1 alpha-2）。',
    'approvals[].authority': '批准它的机构的 id；来源没有写明时为 null。',
    'approvals[].note': '我们的附注；没有则为 null。',
    'approvals[].sources': '这一事实的来源 id（见 sources.json）。',
    genuine: '来源所说的正品包装内容。',
    'genuine[].text': '正品的规格或包装，用文字描述。',
    'genuine[].sources': '这一事实的来源 id（见 sources.json）。',
    products: '提到这个品牌的每一条名录记录的 id（见 products.json）。',
    countries: '这些记录的发现地：ISO 3166-1 alpha-2 代码。',
    sources: '关于品牌本身的来源 id（见 sources.json）。',
    ...editorialDates,
  },
  coverage: {
    country: '这些清单所属的国家或地区（ISO 3166-1 alpha-2）；国际组织为 INT。',
    url: '本站上这个国家或地区的页面；INT 为 null。',
    covered: '警示已收入名录的该国机构。名录不是任何机构清单的完整副本。',
    'covered[].authority': '警示被名录收录的机构。',
    ...authorityNotes('covered[].authority'),
    'covered[].records': '来自它的警示的名录记录数。',
    'covered[].firstAlert': '这些记录中最早的警示日期，按原样；都没有日期时为 null。',
    'covered[].latestAlert': '这些记录中最晚的警示日期，按原样；都没有日期时为 null。',
    'covered[].lastAdded': '来自它的警示的记录最近一次在本站发布或更新的日期（YYYY-MM-DD）。',
    searched: '为查找假冒或非法注射产品警示而查过、却没有（或只有部分）可用结果的清单。',
    'searched[].authority': '查找过的机构（id，与 products.json 的 authority.id 相同）；不在本站机构之列时为 null。',
    'searched[].body': '查找过的机构或清单（不在本站机构之列时）；否则为 null。',
    'searched[].scope': '查找的内容。',
    'searched[].found': '"nothing"：没有可用的内容。"partly"：部分可用。',
    'searched[].note': '我们的附注；没有则为 null。',
    gaps: '名录在这个国家或地区的已知缺漏，每条一句。',
  },
  cases: {
    id: '案例的 id，即其网址的最后一段。',
    url: '本站上的案例报道。',
    title: '报道的标题。',
    summary: '一两句简明的概述。',
    countries: '涉及的国家或地区：ISO 3166-1 alpha-2 代码。',
    place: '事发地点，用文字描述。',
    period: '涉案行为发生的时间。',
    'period.start': '据来源所述，涉案行为开始的时间（YYYY、YYYY-MM 或 YYYY-MM-DD）。',
    'period.end': '涉案行为结束的时间；不清楚或仍在持续时为 null。',
    productTypes: '涉及的注射产品类型（代码，与 products.json 的 type 相同）。',
    authorities: '涉及的监管部门。',
    ...authorityNotes('authorities[]'),
    keyFacts: '关键事实，每一条都附来源。',
    'keyFacts[].label': '这条事实是关于什么的。',
    'keyFacts[].value': '事实内容。',
    'keyFacts[].sources': '这条事实的来源 id（见 sources.json）。',
    timeline: '按时间顺序排列的事件，每一件都附来源。',
    'timeline[].when': '报道所说的时间，例如 "Early 2016"、"2017-01-16"。',
    'timeline[].event': '发生了什么。',
    'timeline[].sources': '这一事件的来源 id（见 sources.json）。',
    products: '相关名录记录的 id（见 products.json）。',
    sources: '这个案例全部来源的 id（见 sources.json），顺序与页面上的编号一致。',
    ...editorialDates,
  },
  sources: {
    id: '来源的 id，产品记录和案例用它来引用这条来源。',
    title: '标题，与发表时完全一致（原来的语言和文字）。',
    titleEnglish: '我们为非英文标题译出的英文标题；标题本身是英文时为 null。',
    publisher: '发布者的名称。',
    author: '署名作者；没有则为 null。',
    published: '发表日期：YYYY、YYYY-MM 或 YYYY-MM-DD；未显示日期则为 null。',
    url: '我们查阅的那份副本的网址；没有则为 null（例如只有印刷版）。',
    originalUrl: 'url 是转载或镜像时，原始的网址；否则为 null。',
    archiveUrl: '互联网档案馆（Internet Archive）列出 url 各个存档副本的页面；url 为 null 时也为 null。',
    kind: '这条来源的分量：regulator（监管机构）、peer-reviewed（同行评审）、news（新闻）或 re-post（转载）（代码）。',
    kindLabel: '来源类型的文字名称（英文）。',
    language: '来源所用的语言（BCP 47 代码）。',
    note: '读者在采信这条来源之前应当知道的情况；没有则为 null。',
  },
};

/** The short type in words ("text or null", "list of codes"...), in Chinese. */
const TYPE_WORDS: Record<string, string> = {
  text: '文本',
  list: '列表',
  object: '对象',
  objects: '对象',
  number: '数字',
  numbers: '数字',
  code: '代码',
  codes: '代码',
  URL: '网址',
  URLs: '网址',
  date: '日期',
  dates: '日期',
  'date and time': '日期和时间',
  'dates and times': '日期和时间',
  'partial date': '不完整日期',
  'partial dates': '不完整日期',
};
export const typeZh = (type: string): string => {
  if (type.endsWith(' or null')) return `${typeZh(type.slice(0, -' or null'.length))}或 null`;
  if (type.startsWith('list of ')) return `${typeZh(type.slice('list of '.length))}列表`;
  const word = TYPE_WORDS[type];
  if (!word) throw new Error(`src/i18n/data-fields.zh.ts: no Chinese word for the field type "${type}"; add it to TYPE_WORDS`);
  return word;
};

/** A field's Chinese explanation; a field with none stops the build, so no English slips onto the page. */
export function fieldNoteZh(group: string, path: string): string {
  const note = FIELD_NOTES[group]?.[path];
  if (!note) throw new Error(`src/i18n/data-fields.zh.ts: no Chinese explanation for the ${group} field "${path}"; add it to FIELD_NOTES`);
  return note;
}

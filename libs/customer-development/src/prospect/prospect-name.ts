const LEGAL_SUFFIX_WORDS = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'pte',
  'pvt',
]);

const LEGAL_SUFFIXES_HAN = ['股份有限公司', '有限责任公司', '有限公司'];

/**
 * The key under which two spellings of one company meet, for duplicate detection on the team's
 * potential customer list: width- and case-folded, punctuation dropped, whitespace collapsed,
 * trailing legal forms ("Co., Ltd.", "Inc", "有限公司" …) removed.
 */
export function normaliseProspectName(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const stripped = stripLegalSuffixes(words);
  return (stripped === '' ? words : stripped).replace(/(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu, '');
}

function stripLegalSuffixes(text: string): string {
  let current = text;
  for (;;) {
    const han = LEGAL_SUFFIXES_HAN.find((suffix) => current.endsWith(suffix));
    const lastSpace = current.lastIndexOf(' ');
    const lastWord = current.slice(lastSpace + 1);
    if (han) current = current.slice(0, -han.length).trim();
    else if (LEGAL_SUFFIX_WORDS.has(lastWord)) current = lastSpace === -1 ? '' : current.slice(0, lastSpace);
    else return current;
  }
}

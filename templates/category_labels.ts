// What each coded value means, in words: the labels of datapackage.json's categories, of the
// codebook and of the R, Stata and Python loaders' factors. Declared once here.
export const categoryLabels: Readonly<Record<string, string>> = {
  none: 'No status',
  shanghai_five: 'Shanghai Five participant (1996-2001)',
  member: 'Member state',
  accession_candidate: 'Accession candidate (membership procedure launched)',
  observer: 'Observer',
  dialogue_partner: 'Dialogue partner',
  sco_partner: 'SCO partner (since Tianjin 2025)',
  withdrawn: 'Withdrawn',
  day: 'Known to the day',
  month: 'Known to the month',
  year: 'Known to the year',
  high: 'High: two independent or one primary source',
  medium: 'Medium: one reliable secondary source',
  low: 'Low: not confirmed (see note)',
  inferred: 'Inferred: deduced from a rule the note names',
  sco_chs: 'SCO Council of Heads of State',
  in_person: 'In person',
  virtual: 'Virtual',
  hybrid: 'Hybrid',
  held: 'Held',
  planned: 'Planned',
  executive_secretary: 'Executive Secretary',
  secretary_general: 'Secretary-General',
  rats_director: 'Director of the RATS Executive Committee',
  official_primary: 'Official primary source',
  news_agency: 'News agency or newspaper',
  secondary: 'Secondary source',
  mirror: 'Mirror of a lost original',
  added: 'Row added',
  removed: 'Row removed',
  changed: 'Field changed',
  shanghai_five_as_membership: 'COW v3 codes the Shanghai Five years as membership',
  observer_not_coded: 'COW v3 codes no observer',
  membership_during_year: 'COW v3 codes membership on any day of the year',
  before_sco: 'COW v3: IGO not yet in existence',
};

/** A coded value's label; a value without one is a declaration error caught by the tests. */
export function categoryLabel(value: string): string {
  const label = categoryLabels[value];
  if (label === undefined) throw new Error(`templates/category_labels.ts has no label for "${value}"`);
  return label;
}

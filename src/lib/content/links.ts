/**
 * The one rule linking cases and register records: a link written on either
 * side counts for both. Pages, exports and feeds all use it, so they agree.
 */
export interface Linkable {
  id: string;
  refs: readonly { id: string }[];
}

export function caseProductLinks(products: readonly Linkable[], cases: readonly Linkable[]) {
  const productCases = new Map<string, Set<string>>(products.map((p) => [p.id, new Set(p.refs.map((c) => c.id))]));
  for (const c of cases) for (const p of c.refs) productCases.get(p.id)?.add(c.id);
  const caseProducts = new Map<string, Set<string>>(cases.map((c) => [c.id, new Set(c.refs.map((p) => p.id))]));
  for (const p of products) for (const c of p.refs) caseProducts.get(c.id)?.add(p.id);
  const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort();
  return { casesOf: (productId: string) => sorted(productCases.get(productId)), productsOf: (caseId: string) => sorted(caseProducts.get(caseId)) };
}

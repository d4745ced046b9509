import { brandTraitRepository } from '../db/repositories/brand-trait-repository';
import { useListRows } from './use-list-rows';

/** The brand's "we are / we are not" traits, in order; undefined while loading. */
export function useBrandTraits(engagementId: string) {
  return useListRows(brandTraitRepository, engagementId);
}

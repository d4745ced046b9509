import {
  brandTraitEditableSchema,
  brandTraitSchema,
  maxBrandTraits,
  type BrandTrait,
  type BrandTraitEditable,
} from '../../../../shared/domain/brand';
import { createListRepository } from './list-repository';

/** The brand's traits as ordered "we are / we are not" pairs. */
export const brandTraitRepository = createListRepository<BrandTrait, BrandTraitEditable>({
  tableName: 'brandTraits',
  parentKey: 'engagementId',
  schema: brandTraitSchema,
  editableSchema: brandTraitEditableSchema,
  defaults: () => ({ weAre: '', weAreNot: '' }),
  maxRows: maxBrandTraits,
  tooManyMessage: `A brand can have at most ${maxBrandTraits} traits. Fewer, sharper traits are easier to live by.`,
});

import {
  maxPersonas,
  personaEditableSchema,
  personaSchema,
  type Persona,
  type PersonaEditable,
} from '../../../../shared/domain/persona';
import { createListRepository } from './list-repository';

/** Buyer personas of an engagement, shared by the alignment worksheet and the journey map. */
export const personaRepository = createListRepository<Persona, PersonaEditable>({
  tableName: 'personas',
  parentKey: 'engagementId',
  schema: personaSchema,
  editableSchema: personaEditableSchema,
  defaults: () => ({ name: '', role: '', goals: '', mindset: '' }),
  maxRows: maxPersonas,
  tooManyMessage: `An engagement can have at most ${maxPersonas} personas.`,
});

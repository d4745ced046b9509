import {
  critiqueEntryRepository,
  critiqueSheetRepository,
} from '../db/repositories/critique-repository';
import { useListRows } from './use-list-rows';
import { useSheet } from './use-sheet';

/** Every self-critique finding of the engagement (all five lists), in order; undefined while loading. */
export function useCritiqueEntries(engagementId: string) {
  return useListRows(critiqueEntryRepository, engagementId);
}

/** The self-view, prospects' view and positioning parts; undefined while loading. */
export function useCritiqueSheet(engagementId: string) {
  return useSheet(critiqueSheetRepository, engagementId);
}

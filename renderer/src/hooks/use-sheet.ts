import { useLiveQuery } from 'dexie-react-hooks';

/** The live one-per-engagement record of a worksheet; undefined while loading. */
export function useSheet<Row>(
  repository: { get(engagementId: string): Promise<Row> },
  engagementId: string,
): Row | undefined {
  return useLiveQuery(() => repository.get(engagementId), [repository, engagementId]);
}

import { useLiveQuery } from 'dexie-react-hooks';

/** Live rows of one list under a parent; undefined while loading. */
export function useListRows<Row>(
  repository: { list(parentId: string): Promise<Row[]> },
  parentId: string,
): Row[] | undefined {
  return useLiveQuery(() => repository.list(parentId), [repository, parentId]);
}

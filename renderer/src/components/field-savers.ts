/**
 * One saver per field of a record: `save('name')` is what a field calls with its new value, and
 * writes `{ name: value }` through `update`. Each field writes only itself, so two fields edited
 * in quick succession never overwrite each other.
 */
export function fieldSavers<Editable>(update: (patch: Partial<Editable>) => Promise<void>) {
  return <K extends keyof Editable>(key: K) =>
    (value: Editable[K]) => {
      const patch: Partial<Editable> = {};
      patch[key] = value;
      return update(patch);
    };
}

import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { tableNames, tableSpecs } from '../../../shared/data/tables';
import { idReferences } from '../../../shared/engagement-file/references';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const looksLikeId = (key: string, nested: boolean) =>
  /(Id|Ids)$/.test(key) || (nested && (key === 'id' || key === 'ids'));

/**
 * Every place in a row schema that can hold an id: fields named like ids (engagementId, source.id)
 * and records (whose keys may be ids, like the plan's rates by phase). Paths are dotted.
 */
function idLikePlaces(schema: z.ZodType, path: string[] = [], found = new Set<string>()) {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        const childPath = [...path, key];
        if (looksLikeId(key, path.length > 0)) found.add(childPath.join('.'));
        idLikePlaces(child, childPath, found);
      }
      break;
    case 'record':
      found.add(path.join('.'));
      if (def.valueType) idLikePlaces(def.valueType, [...path, '*'], found);
      break;
    case 'array':
      if (def.element) idLikePlaces(def.element, [...path, '[]'], found);
      break;
    case 'union':
      for (const option of def.options ?? []) idLikePlaces(option, path, found);
      break;
    case 'pipe':
      if (def.in) idLikePlaces(def.in, path, found);
      if (def.out) idLikePlaces(def.out, path, found);
      break;
    default:
      if (def.innerType) idLikePlaces(def.innerType, path, found);
  }
  return found;
}

describe('the id references the import remaps', () => {
  it.each(tableNames)('cover every id field and record of %s', (name) => {
    const declared = new Set<string>([tableSpecs[name].key]);
    for (const reference of idReferences[name])
      declared.add(reference.kind === 'tagged' ? `${reference.field}.id` : reference.field);
    const found = idLikePlaces(tableSpecs[name].schema);
    found.add(tableSpecs[name].key);
    // When this fails, describe the new field in shared/engagement-file/references.ts: which table
    // its id points into and whether it must resolve. Otherwise a copy would keep the old id.
    expect([...found].sort(), `references of ${name}`).toEqual([...declared].sort());
  });

  it('finds id fields at any depth, so the scan itself can be trusted', () => {
    const places = idLikePlaces(tableSpecs.actionItems.schema);
    expect(places).toContain('source.id');
    expect(idLikePlaces(tableSpecs.plans.schema)).toContain('rates');
    expect(idLikePlaces(tableSpecs.facilitatorClocks.schema)).toContain('elapsedMs');
  });
});

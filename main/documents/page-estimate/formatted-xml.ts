/**
 * docx formats a document as plain objects before writing its XML: an element is an object with
 * one key, its name, holding its children (an array of elements, text and an `_attr` object) or
 * just its attributes. These read that shape.
 */
export type Formatted = Record<string, unknown>;

/** The page estimate meets something it does not lay out as Word does; the library does it. */
export class NotEstimated extends Error {
  override name = 'NotEstimated';
}

export function nameOf(element: unknown): string | undefined {
  if (typeof element !== 'object' || element === null || Array.isArray(element)) return undefined;
  for (const key in element) return key === '_attr' ? undefined : key;
  return undefined;
}

/** The element children (not text, not attributes), in order. */
export function childrenOf(element: Formatted | undefined): Formatted[] {
  if (!element) return [];
  const content = element[nameOf(element) as string];
  if (!Array.isArray(content)) return [];
  return content.filter(
    (child): child is Formatted =>
      typeof child === 'object' && child !== null && nameOf(child) !== undefined,
  );
}

export function attributesOf(element: Formatted | undefined): Record<string, unknown> {
  if (!element) return {};
  const content = element[nameOf(element) as string];
  const holder = Array.isArray(content)
    ? content.find(
        (child): child is { _attr: Record<string, unknown> } =>
          typeof child === 'object' && child !== null && '_attr' in child,
      )
    : (content as { _attr?: Record<string, unknown> } | undefined);
  return holder?._attr ?? {};
}

/** The text held directly by an element (a w:t, a w:instrText). */
export function textOf(element: Formatted): string {
  const content = element[nameOf(element) as string];
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.filter((part): part is string => typeof part === 'string').join('');
}

export function find(children: readonly Formatted[], name: string): Formatted | undefined {
  return children.find((child) => nameOf(child) === name);
}

/** An attribute as a number, or undefined. */
export function numberAttribute(element: Formatted | undefined, name: string): number | undefined {
  const value = attributesOf(element)[name];
  if (value === undefined || value === null || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** A w:b-like switch: present and not false or 0. */
export function isOn(element: Formatted | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = attributesOf(element)['w:val'];
  return !(value === false || value === 0 || value === 'false' || value === '0' || value === 'off');
}

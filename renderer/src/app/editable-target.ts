/** True for a place where typing goes: there, Ctrl+Z undoes the typing, not a removal. */
export function isEditable(target: EventTarget | Element | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (target instanceof HTMLInputElement)
    return (
      !target.readOnly &&
      !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset'].includes(
        target.type,
      )
    );
  return false;
}

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { reportDraft, type DraftState } from '../db/save-status';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

interface AutosaveOptions<T> {
  /** The stored value. */
  value: T;
  /** How the stored value shows in the field. */
  format: (value: T) => string;
  /** Reads what was typed; a failure keeps the text in the field and shows the message. */
  parse: (draft: string) => ParseResult<T>;
  save: (value: T) => Promise<void>;
  delayMs?: number;
}

/**
 * Keeps the typed text in local state (so typing never waits on storage), saves it after a short
 * pause, on blur and when the page is hidden, and shows a refused value's reason beside the field.
 * From the first keystroke until its save has landed, the field tells the save indicator it holds
 * text that is in neither copy, so "All changes saved" is never shown over unsaved typing.
 */
export function useAutosave<T>({ value, format, parse, save, delayMs = 350 }: AutosaveOptions<T>) {
  const [draft, setDraft] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const dirty = useRef(false);
  const field = useRef({});
  const setDirty = useCallback((state: DraftState) => {
    dirty.current = state !== 'clean';
    reportDraft(field.current, state);
  }, []);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, parse, save });
  useLayoutEffect(() => {
    latest.current.parse = parse;
    latest.current.save = save;
  });

  const stored = format(value);
  useEffect(() => {
    if (!dirty.current) setDraft(stored);
  }, [stored]);

  /** Saves what is typed now; resolves null once it is stored, or the reason it was not. */
  const flush = useCallback(async (): Promise<string | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return null;
    const { draft: text, parse: read, save: write } = latest.current;
    const parsed = read(text);
    if (!parsed.ok) {
      setError(parsed.message);
      if (latest.current.draft === text) setDirty('refused');
      return parsed.message;
    }
    try {
      await write(parsed.value);
      if (latest.current.draft === text) setDirty('clean');
      setError(null);
      return null;
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      setError(message);
      return message;
    }
  }, [setDirty]);

  const onChange = useCallback(
    (text: string) => {
      setDirty('typing');
      setDraft(text);
      latest.current.draft = text;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, setDirty],
  );

  useEffect(() => {
    const owner = field.current;
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      // Saved or refused, the field is gone: it no longer holds anything the indicator waits for.
      void flush().finally(() => reportDraft(owner, 'clean'));
    };
  }, [flush]);

  return { draft, error, onChange, flush };
}

import { useEffect, useState } from 'react';
import type { TemplateEntry } from '../../../shared/templates/template-list';
import { platformApi } from '../platform/session-studio-api';

export type TemplatesState =
  | { status: 'loading' }
  | { status: 'loaded'; entries: TemplateEntry[] }
  | { status: 'failed'; message: string };

/** The templates that ship with the app, read by main when the New engagement form opens. */
export function useEngagementTemplates(): TemplatesState {
  const [state, setState] = useState<TemplatesState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void platformApi()
      .listEngagementTemplates(null)
      .then((result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'loaded', entries: result.value.templates }
            : { status: 'failed', message: result.error.message },
        );
      });
    return () => {
      current = false;
    };
  }, []);
  return state;
}

import { useState } from 'react';
import { platformApi } from '../platform/session-studio-api';
import { FailureNotice } from './Notice';

/** The file's name from a Windows or a POSIX path, to name the buttons for a screen reader. */
export function fileNameOf(filePath: string): string {
  return filePath.split(/[\\/]/).pop() || filePath;
}

/**
 * After a save: open the file in its default program (Word for a .docx) or show it in its folder.
 * Main acts only on files it wrote itself and says so when the file has gone since.
 */
export function SavedFileActions({ filePath }: { filePath: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const name = fileNameOf(filePath);

  async function act(method: 'openSavedFile' | 'showSavedFile') {
    setProblem(null);
    const result = await platformApi()[method]({ filePath });
    if (!result.ok) setProblem(result.error.message);
  }

  return (
    <>
      <span className="saved-file-actions">
        <button
          type="button"
          className="button button--small"
          aria-label={`Open ${name}`}
          onClick={() => void act('openSavedFile')}
        >
          Open
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={`Show ${name} in its folder`}
          onClick={() => void act('showSavedFile')}
        >
          Show in folder
        </button>
      </span>
      <FailureNotice message={problem} onDismiss={() => setProblem(null)} />
    </>
  );
}

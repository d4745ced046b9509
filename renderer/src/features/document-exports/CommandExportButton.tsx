import { useEffect } from 'react';
import type { DocumentKind } from '../../../../shared/documents/export-progress';
import type { MenuCommand } from '../../../../shared/ipc/channels';
import type { SaveOutcome } from '../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../shared/ipc/result';
import { ExportButton } from '../../components/ExportButton';
import { useDocumentExport } from '../../hooks/use-document-export';

interface CommandExportButtonProps {
  label: string;
  documentKind: DocumentKind;
  exportDocument: () => Promise<IpcResult<SaveOutcome>>;
  /** How the menu's Export… reaches this button: as the worksheet's own, or as the fallback. */
  listen: (command: MenuCommand, handler: () => void) => () => void;
}

/** An export button that the application menu's Export… (Ctrl+E) presses too. */
export function CommandExportButton({
  label,
  documentKind,
  exportDocument,
  listen,
}: CommandExportButtonProps) {
  const exporter = useDocumentExport(exportDocument, documentKind);
  const { run } = exporter;
  useEffect(() => listen('export-document', () => void run()), [listen, run]);
  return (
    <ExportButton
      label={label}
      state={exporter.state}
      onExport={() => void run()}
      onDismiss={exporter.reset}
      progress={exporter.progress}
    />
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  defaultDocumentChoices,
  type DocumentChoicesEditable,
} from '../../../../shared/domain/document-choices';
import type { DocumentKind } from '../../../../shared/documents/export-progress';
import type { MenuCommand } from '../../../../shared/ipc/channels';
import type { SaveOutcome } from '../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../shared/ipc/result';
import { ExportButton } from '../../components/ExportButton';
import { documentChoicesRepository } from '../../db/repositories/document-choices-repository';
import { useDocumentChoices } from '../../hooks/use-document-choices';
import { useDocumentExport } from '../../hooks/use-document-export';
import { ExportChoicesDialog, type ExportChoices } from './ExportChoicesDialog';
import { prepareExports } from '../../hooks/use-prepared-exports';

interface CommandExportButtonProps {
  label: string;
  /** What the choices dialog is called: "Export the marketing plan". */
  dialogTitle: string;
  documentKind: DocumentKind;
  engagementId: string;
  /** The marketing plan's sections can be ticked; the session documents have none. */
  withSections?: boolean;
  exportDocument: (choices: ExportChoices) => Promise<IpcResult<SaveOutcome>>;
  /** How the menu's Export… reaches this button: as the worksheet's own, or as the fallback. */
  listen: (command: MenuCommand, handler: () => void) => () => void;
}

/**
 * An export button that the application menu's Export… (Ctrl+E) presses too. Either opens the
 * choice of version (and the plan's sections and charts), remembered for the engagement, then
 * exports.
 */
export function CommandExportButton({
  label,
  dialogTitle,
  documentKind,
  engagementId,
  withSections = false,
  exportDocument,
  listen,
}: CommandExportButtonProps) {
  const remembered = useDocumentChoices(engagementId);
  const [choosing, setChoosing] = useState(false);
  const chosen = useRef<ExportChoices | null>(null);
  const exportChosen = useCallback(
    () =>
      exportDocument(
        chosen.current ??
          (remembered ? rememberedChoices(remembered) : rememberedChoices(defaultDocumentChoices)),
      ),
    [exportDocument, remembered],
  );
  const exporter = useDocumentExport(exportChosen, documentKind);
  const { run } = exporter;
  // Read when Export… is pressed, not when the listener was set up.
  const exporting = useRef(false);
  const isExporting = exporter.state.kind === 'exporting';
  useEffect(() => {
    exporting.current = isExporting;
  }, [isExporting]);
  const choose = useCallback(() => {
    if (exporting.current) return;
    setChoosing(true);
    // The worker may have stopped since the engagement opened: it gets ready while the
    // consultant chooses, and chooses where to save.
    prepareExports();
  }, []);
  useEffect(() => listen('export-document', choose), [listen, choose]);

  const onExport = async (choices: ExportChoices) => {
    setChoosing(false);
    chosen.current = choices;
    const exported = run();
    // Remembered for the next export of this engagement's deliverables, by this button or another.
    await documentChoicesRepository.remember(engagementId, {
      version: choices.version,
      ...(withSections ? { planSections: choices.sections, charts: choices.charts } : {}),
    });
    await exported;
  };

  return (
    <>
      <ExportButton
        label={label}
        state={exporter.state}
        onExport={choose}
        onDismiss={exporter.reset}
        progress={exporter.progress}
      />
      {choosing && remembered ? (
        <ExportChoicesDialog
          title={dialogTitle}
          initial={rememberedChoices(remembered)}
          withSections={withSections}
          onExport={(choices) => void onExport(choices)}
          onCancel={() => setChoosing(false)}
        />
      ) : null}
    </>
  );
}

/** The choices last made for the engagement (or the defaults), as the dialog offers them. */
function rememberedChoices(choices: DocumentChoicesEditable): ExportChoices {
  return { version: choices.version, sections: choices.planSections, charts: choices.charts };
}

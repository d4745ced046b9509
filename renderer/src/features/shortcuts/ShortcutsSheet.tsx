import { useId } from 'react';
import { formatAccelerator } from '../../../../shared/shortcuts/format-shortcut';
import {
  keysOf,
  otherKeys,
  shortcutCatalog,
  type ShortcutGroup,
} from '../../../../shared/shortcuts/shortcut-catalog';
import { Dialog } from '../../components/Dialog';
import { isMac } from '../../platform/is-mac';
import './shortcuts.css';

const groups: readonly ShortcutGroup[] = ['Engagements', 'Worksheets', 'Editing', 'Help'];

function KeyList({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((key, index) => (
        <span key={key}>
          {index > 0 ? <span className="subtle"> or </span> : null}
          <kbd>{key}</kbd>
        </span>
      ))}
    </>
  );
}

interface SheetSection {
  group: string;
  rows: { label: string; keys: readonly string[] }[];
}

/** The catalog's shortcuts, spelled for this platform, then the other keys the app answers. */
function sheetSections(mac: boolean): SheetSection[] {
  const commands = groups.map((group) => ({
    group,
    rows: shortcutCatalog
      .filter((shortcut) => shortcut.group === group)
      .map((shortcut) => ({
        label: shortcut.label,
        keys: keysOf(shortcut, mac).map((keys) => formatAccelerator(keys, mac)),
      })),
  }));
  const others = [...new Set(otherKeys.map((entry) => entry.group))].map((group) => ({
    group,
    rows: otherKeys
      .filter((entry) => entry.group === group)
      .map((entry) => ({ label: entry.label, keys: [entry.keys] })),
  }));
  return [...commands, ...others];
}

/**
 * Every keyboard shortcut on one sheet (F1, Ctrl+/, Help › Keyboard shortcuts). It never stands
 * in the way: Escape, F1 or any shortcut closes it, and focus goes back where it was.
 */
export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const sections = sheetSections(isMac());
  return (
    <Dialog labelledBy={titleId} className="dialog dialog--wide shortcuts-sheet" onClose={onClose}>
      <div className="shortcuts-sheet__head">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="subtle">
        The same shortcuts are in the menus. Undo and redo act on the last removal when the cursor
        is not in a text field; in a field they undo and redo the typing.
      </p>
      <div className="shortcuts-sheet__columns">
        {sections.map(({ group, rows }) => (
          <section key={group} aria-labelledby={`${titleId}-${group}`}>
            <h3 id={`${titleId}-${group}`}>{group}</h3>
            <dl className="shortcuts-sheet__list">
              {rows.map((row) => (
                <div key={`${row.label} ${row.keys.join()}`}>
                  <dt>{row.label}</dt>
                  <dd>
                    <KeyList keys={row.keys} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}

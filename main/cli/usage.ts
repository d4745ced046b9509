import { chartKinds } from '../../shared/charts/chart-kinds';
import { engagementFileExtension } from '../../shared/engagement-file/format';
import { planSectionIds } from '../../shared/domain/document-choices';
import { maxRasterScale } from '../charts/rasterize-svg';

/** The command's name: package.json's bin, so `npx session-studio …` in the project folder. */
export const programName = 'session-studio';

const file = `<engagement.${engagementFileExtension}>`;

/** What --help prints, and what follows a message about arguments that were not understood. */
export const usageText = `Usage:
  ${programName} chart <kind> <data.json> <out.svg|out.png> [--scale <n>]
  ${programName} plan ${file} <out.docx> [--version client|working] [--sections <a,b,c>] [--charts pictures|native] [--passphrase-file <file>]
  ${programName} summary ${file} <out.docx> [--session <title or id>] [--version client|working] [--passphrase-file <file>]
  ${programName} agenda ${file} <out.docx> [--session <title or id>] [--version client|working] [--passphrase-file <file>]
  ${programName} validate ${file} [--passphrase-file <file>]

Draws Session Studio's charts, builds its Word documents and checks its engagement files with
no window, with the same code as the app.

Commands:
  chart    Draws one chart from a JSON file holding its data, as SVG or PNG (by the output's
           extension). Kinds: ${chartKinds.join(', ')}.
           --scale: pixels per chart unit for PNG, above 0 and up to ${maxRasterScale} (default 3, print quality).
  plan     The engagement's marketing plan, with its charts.
           --charts: pictures, or native for the emotion curve, work-backwards funnel and
           tone drift as native Word charts the client can edit; by default the choice last
           made for the engagement in the app, else pictures.
           --sections: the sections to include, comma-separated, from
           ${planSectionIds.join(', ')}.
  plan, summary, agenda
           --version: client leaves out empty sections, placeholders and working material
           (the SMART check, what is still to set); working keeps everything.
           Both default to the choice last made for the engagement in the app, as the
           engagement file carries it; else the client version with every section.
  summary  A session's summary: decisions, action items, attendance and the agenda as run.
  agenda   A session's agenda, the pre-read sent before it.
           --session: the session's title or id; not needed when the engagement has one session.
  validate Checks an engagement file as an import does and lists every problem at its place
           (file:line:column: where: what), or says it is valid.

The engagement file is one exported from Session Studio (Export engagement file); it is checked
as an import checks it. A file protected with a passphrase is opened with the passphrase held in
the file given by --passphrase-file (the whole file, less a final line ending), so that it never
appears in the shell's history. Files are written whole or not at all.

Exit status: 0 written, or valid; 1 a file could not be read, was refused or could not be
written, or is not valid; 2 the arguments were not understood.
`;

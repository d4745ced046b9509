import { chartKinds } from '../../shared/charts/chart-kinds';
import { engagementFileExtension } from '../../shared/engagement-file/format';
import { maxRasterScale } from '../charts/rasterize-svg';

export const programName = 'session-studio-cli';

/** What --help prints, and what follows a message about arguments that were not understood. */
export const usageText = `Usage:
  ${programName} chart <kind> <data.json> <out.svg|out.png> [--scale <n>]
  ${programName} plan <engagement.${engagementFileExtension}> <out.docx> [--charts pictures|native]
  ${programName} summary <engagement.${engagementFileExtension}> <out.docx> [--session <title or id>]
  ${programName} agenda <engagement.${engagementFileExtension}> <out.docx> [--session <title or id>]

Draws Session Studio's charts and builds its Word documents with no window, with the same code
as the app.

Commands:
  chart    Draws one chart from a JSON file holding its data, as SVG or PNG (by the output's
           extension). Kinds: ${chartKinds.join(', ')}.
           --scale: pixels per chart unit for PNG, above 0 and up to ${maxRasterScale} (default 3, print quality).
  plan     The engagement's marketing plan, with its charts.
           --charts: pictures (the default), or native for the emotion curve, work-backwards
           funnel and tone drift as native Word charts the client can edit.
  summary  A session's summary: decisions, action items, attendance and the agenda as run.
  agenda   A session's agenda, the pre-read sent before it.
           --session: the session's title or id; not needed when the engagement has one session.

The engagement file is one exported from Session Studio (Export engagement file); it is checked
as an import checks it. Files are written whole or not at all.

Exit status: 0 written; 1 a file could not be read, was refused or could not be written;
2 the arguments were not understood.
`;

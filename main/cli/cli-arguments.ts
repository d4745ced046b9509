import { chartKinds, isChartKind, type ChartKind } from '../../shared/charts/chart-kinds';
import {
  documentVersions,
  readPlanSections,
  type DocumentVersion,
  type PlanSectionId,
} from '../../shared/domain/document-choices';
import { chartForms, type ChartForm } from '../../shared/documents/chart-form';
import { maxRasterScale } from '../charts/rasterize-svg';

export const documentCommands = ['plan', 'summary', 'agenda'] as const;
export type DocumentCommand = (typeof documentCommands)[number];

export interface ChartCommandArguments {
  command: 'chart';
  kind: ChartKind;
  dataPath: string;
  outPath: string;
  format: 'svg' | 'png';
  /** Pixels per chart unit, for PNG. */
  scale: number;
}

export interface DocumentCommandArguments {
  command: DocumentCommand;
  filePath: string;
  outPath: string;
  /** The session's title or id, as given; null when not given. */
  session: string | null;
  /** A file holding the passphrase of a protected engagement file; null when not given. */
  passphraseFile: string | null;
  /** --version; null for the one remembered in the engagement file (else the client version). */
  version: DocumentVersion | null;
  /** --sections, in the plan's order; null for those remembered in the file (else all). */
  sections: PlanSectionId[] | null;
  /**
   * How the plan carries its line and bar charts (--charts); null when not given: the choice the
   * engagement file remembers, else pictures.
   */
  charts: ChartForm | null;
}

export interface ValidateCommandArguments {
  command: 'validate';
  filePath: string;
  passphraseFile: string | null;
}

export type CliArguments =
  { command: 'help' } | ChartCommandArguments | DocumentCommandArguments | ValidateCommandArguments;

/** Arguments that were not understood; the message says which and how to write them. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** A value that is plainly wrong is said in one line, without the whole usage after it. */
  readonly brief: boolean;
  constructor(message: string, { brief = false }: { brief?: boolean } = {}) {
    super(message);
    this.brief = brief;
  }
}

const defaultScale = 3;
const valueOptions = [
  '--scale',
  '--session',
  '--passphrase-file',
  '--version',
  '--sections',
  '--charts',
] as const;
type ValueOption = (typeof valueOptions)[number];

interface Split {
  positionals: string[];
  options: Partial<Record<ValueOption, string>>;
  help: boolean;
}

/** Separates positionals from options (`--scale 2` or `--scale=2`); `--` ends the options. */
function split(argv: readonly string[]): Split {
  const result: Split = { positionals: [], options: {}, help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--') {
      result.positionals.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      result.help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      result.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (!(valueOptions as readonly string[]).includes(name))
      throw new UsageError(`There is no option ${name}.`);
    const option = name as ValueOption;
    if (option in result.options) throw new UsageError(`${option} is given twice.`);
    const value = inline ?? argv[(index += 1)];
    if (value === undefined || value === '') throw new UsageError(`${option} needs a value.`);
    result.options[option] = value;
  }
  return result;
}

/** "a, b and c" */
function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function expectPositionals(command: string, given: readonly string[], names: readonly string[]) {
  if (given.length < names.length) throw new UsageError(`${command} needs ${listed(names)}.`);
  if (given.length > names.length)
    throw new UsageError(
      `${command} takes ${listed(names)}; “${given[names.length]}” is one too many.`,
    );
}

function refuseOption(command: string, options: Split['options'], option: ValueOption) {
  if (options[option] !== undefined)
    throw new UsageError(`${option} does not apply to ${command}.`);
}

function parseScale(text: string | undefined): number {
  if (text === undefined) return defaultScale;
  const scale = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(scale > 0 && scale <= maxRasterScale))
    throw new UsageError(
      `--scale must be a number above 0 and up to ${maxRasterScale}, such as 2 or 3 (not “${text}”).`,
    );
  return scale;
}

function parseChartForm(text: string | undefined): ChartForm | null {
  if (text === undefined) return null;
  const form = chartForms.find((name) => name === text.trim().toLowerCase());
  if (!form)
    throw new UsageError(
      `--charts must be ${chartForms.join(' or ')}: pictures, or native Word charts the client can edit (not “${text}”).`,
    );
  return form;
}

function parseChart({ positionals, options }: Split): ChartCommandArguments {
  expectPositionals('chart', positionals, ['a chart kind', 'a data file', 'an output file']);
  refuseOption('chart', options, '--session');
  refuseOption('chart', options, '--passphrase-file');
  refuseOption('chart', options, '--version');
  refuseOption('chart', options, '--sections');
  refuseOption('chart', options, '--charts');
  const [kind, dataPath, outPath] = positionals as [string, string, string];
  if (!isChartKind(kind))
    throw new UsageError(
      `There is no chart called “${kind}”; the charts are ${chartKinds.join(', ')}.`,
    );
  const extension = /\.(svg|png)$/i.exec(outPath)?.[1]?.toLowerCase();
  if (extension !== 'svg' && extension !== 'png')
    throw new UsageError(
      `A chart is written as SVG or PNG: end the output file’s name in .svg or .png (“${outPath}” does not).`,
    );
  if (extension === 'svg' && options['--scale'] !== undefined)
    throw new UsageError('--scale applies to PNG output only; an SVG has no pixels.');
  return {
    command: 'chart',
    kind,
    dataPath,
    outPath,
    format: extension,
    scale: parseScale(options['--scale']),
  };
}

function parseVersion(text: string | undefined): DocumentVersion | null {
  if (text === undefined) return null;
  const version = text.trim().toLowerCase();
  if (!(documentVersions as readonly string[]).includes(version))
    throw new UsageError(`--version is ${documentVersions.join(' or ')}, not “${text}”.`, {
      brief: true,
    });
  return version as DocumentVersion;
}

/** "situation, objectives" → the sections in the plan's order; an unknown name is refused. */
function parseSections(text: string | undefined): PlanSectionId[] | null {
  if (text === undefined) return null;
  const names = text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const read = readPlanSections([...new Set(names)]);
  if (!read.ok) throw new UsageError(`--sections: ${read.message}`, { brief: true });
  return read.sections;
}

function parseDocument(command: DocumentCommand, { positionals, options }: Split) {
  expectPositionals(command, positionals, ['an engagement file', 'an output file']);
  refuseOption(command, options, '--scale');
  if (command === 'plan') refuseOption(command, options, '--session');
  else refuseOption(command, options, '--sections');
  const [filePath, outPath] = positionals as [string, string];
  if (!/\.docx$/i.test(outPath))
    throw new UsageError(
      `A Word document is written as .docx: end the output file’s name in .docx (“${outPath}” does not).`,
    );
  if (command !== 'plan') refuseOption(command, options, '--charts');
  const session = options['--session']?.trim() ?? null;
  return {
    command,
    filePath,
    outPath,
    session: session === '' ? null : session,
    passphraseFile: options['--passphrase-file'] ?? null,
    version: parseVersion(options['--version']),
    sections: parseSections(options['--sections']),
    charts: parseChartForm(options['--charts']),
  };
}

function parseValidate({ positionals, options }: Split): ValidateCommandArguments {
  expectPositionals('validate', positionals, ['an engagement file']);
  refuseOption('validate', options, '--scale');
  refuseOption('validate', options, '--session');
  refuseOption('validate', options, '--version');
  refuseOption('validate', options, '--sections');
  refuseOption('validate', options, '--charts');
  const [filePath] = positionals as [string];
  return { command: 'validate', filePath, passphraseFile: options['--passphrase-file'] ?? null };
}

/** Reads the command line (without node and the script); throws a UsageError for what it cannot. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  const parts = split(argv);
  const [command, ...rest] = parts.positionals;
  if (parts.help || command === 'help') return { command: 'help' };
  if (command === undefined)
    throw new UsageError('Say what to do: chart, plan, summary, agenda or validate.');
  const args = { ...parts, positionals: rest };
  if (command === 'chart') return parseChart(args);
  if (command === 'validate') return parseValidate(args);
  if ((documentCommands as readonly string[]).includes(command))
    return parseDocument(command as DocumentCommand, args);
  throw new UsageError(
    `There is no command “${command}”; the commands are chart, plan, summary, agenda and validate.`,
  );
}

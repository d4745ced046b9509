import { describe, expect, it } from 'vitest';
import { parseCliArguments, UsageError } from '../../../main/cli/cli-arguments';

const refusal = (argv: string[]) => {
  try {
    parseCliArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted.`);
};

describe('reading the command line', () => {
  it('asks for help with --help, -h or help, wherever it stands', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['plan', 'a.sessionstudio', '--help']])
      expect(parseCliArguments(argv)).toEqual({ command: 'help' });
  });

  it('reads a chart: its kind, data, output and format; PNG at scale 3 unless told', () => {
    expect(parseCliArguments(['chart', 'emotion-curve', 'data.json', 'curve.PNG'])).toEqual({
      command: 'chart',
      kind: 'emotion-curve',
      dataPath: 'data.json',
      outPath: 'curve.PNG',
      format: 'png',
      scale: 3,
    });
    expect(
      parseCliArguments(['chart', 'tone-drift', 'd.json', 'o.png', '--scale', '1.5']),
    ).toMatchObject({ format: 'png', scale: 1.5 });
    expect(
      parseCliArguments(['chart', '--scale=4', 'tone-drift', 'd.json', 'o.png']),
    ).toMatchObject({
      scale: 4,
    });
    expect(parseCliArguments(['chart', 'reverse-funnel', 'd.json', 'o.svg'])).toMatchObject({
      format: 'svg',
    });
  });

  it('refuses --charts that is neither pictures nor native, or on a document without charts', () => {
    expect(() =>
      parseCliArguments(['plan', 'a.sessionstudio', 'plan.docx', '--charts', 'editable']),
    ).toThrow(/--charts must be pictures or native: .* \(not “editable”\)/);
    expect(() =>
      parseCliArguments(['agenda', 'a.sessionstudio', 'a.docx', '--charts', 'native']),
    ).toThrow('--charts does not apply to agenda.');
  });

  it('reads a document: the engagement file, the output, and the session when given', () => {
    expect(parseCliArguments(['plan', 'acme.sessionstudio', 'plan.docx'])).toEqual({
      command: 'plan',
      filePath: 'acme.sessionstudio',
      outPath: 'plan.docx',
      session: null,
      passphraseFile: null,
      version: null,
      sections: null,
      charts: null,
    });
    expect(
      parseCliArguments(['plan', 'a.sessionstudio', 'plan.docx', '--charts', 'native']),
    ).toMatchObject({ command: 'plan', charts: 'native' });
    expect(
      parseCliArguments(['plan', 'a.sessionstudio', 'plan.docx', '--charts=Pictures']),
    ).toMatchObject({ charts: 'pictures' });
    expect(
      parseCliArguments([
        'plan',
        'a.sessionstudio',
        'p.docx',
        '--version',
        'Client',
        '--sections=brand,objectives,brand',
      ]),
    ).toMatchObject({ version: 'client', sections: ['objectives', 'brand'] });
    expect(
      parseCliArguments([
        'summary',
        'a.sessionstudio',
        's.docx',
        '--session',
        ' Kick-off session ',
      ]),
    ).toMatchObject({ command: 'summary', session: 'Kick-off session' });
    expect(
      parseCliArguments(['agenda', 'a.sessionstudio', 'a.docx', '--session=s-1']),
    ).toMatchObject({
      command: 'agenda',
      session: 's-1',
    });
    // After --, a file name may start with a dash.
    expect(parseCliArguments(['plan', '--', '-odd.sessionstudio', 'plan.docx'])).toMatchObject({
      filePath: '-odd.sessionstudio',
    });
  });

  it('says what is missing, unknown or misplaced', () => {
    expect(refusal([])).toBe('Say what to do: chart, plan, summary, agenda or validate.');
    expect(refusal(['draw'])).toBe(
      'There is no command “draw”; the commands are chart, plan, summary, agenda and validate.',
    );
    expect(refusal(['plan', 'a.sessionstudio'])).toBe(
      'plan needs an engagement file and an output file.',
    );
    expect(refusal(['plan', 'a.sessionstudio', 'p.docx', 'extra'])).toBe(
      'plan takes an engagement file and an output file; “extra” is one too many.',
    );
    expect(refusal(['chart', 'pie', 'd.json', 'o.png'])).toBe(
      'There is no chart called “pie”; the charts are tone-drift, emotion-curve, reverse-funnel, campaign-timeline, investment-return.',
    );
    expect(refusal(['chart', 'tone-drift', 'd.json', 'o.jpg'])).toMatch(
      /end the output file’s name in \.svg or \.png/,
    );
    expect(refusal(['plan', 'a.sessionstudio', 'p.pdf'])).toMatch(
      /end the output file’s name in \.docx/,
    );
    expect(refusal(['plan', 'a.sessionstudio', 'p.docx', '--verbose'])).toBe(
      'There is no option --verbose.',
    );
    expect(refusal(['plan', 'a.sessionstudio', 'p.docx', '--session', 'x'])).toBe(
      '--session does not apply to plan.',
    );
    expect(refusal(['agenda', 'a.sessionstudio', 'a.docx', '--scale', '2'])).toBe(
      '--scale does not apply to agenda.',
    );
    expect(refusal(['summary', 'a.sessionstudio', 's.docx', '--session'])).toBe(
      '--session needs a value.',
    );
    expect(refusal(['agenda', 'a', 'a.docx', '--session', 'x', '--session', 'y'])).toBe(
      '--session is given twice.',
    );
  });

  it('takes a scale above 0 and up to 4, for PNG only', () => {
    for (const scale of ['0', '5', '-1', 'two', '1e2', 'Infinity', ' 2'])
      expect(refusal(['chart', 'tone-drift', 'd.json', 'o.png', `--scale=${scale}`])).toMatch(
        /^--scale must be a number above 0 and up to 4/,
      );
    expect(refusal(['chart', 'tone-drift', 'd.json', 'o.svg', '--scale', '2'])).toBe(
      '--scale applies to PNG output only; an SVG has no pixels.',
    );
  });

  it('reads validate: one engagement file, and the passphrase file of a protected one', () => {
    expect(parseCliArguments(['validate', 'acme.sessionstudio'])).toEqual({
      command: 'validate',
      filePath: 'acme.sessionstudio',
      passphraseFile: null,
    });
    expect(
      parseCliArguments(['validate', 'acme.sessionstudio', '--passphrase-file', 'secret.txt']),
    ).toEqual({
      command: 'validate',
      filePath: 'acme.sessionstudio',
      passphraseFile: 'secret.txt',
    });
    expect(refusal(['validate'])).toBe('validate needs an engagement file.');
    expect(refusal(['validate', 'a.sessionstudio', 'b.sessionstudio'])).toBe(
      'validate takes an engagement file; “b.sessionstudio” is one too many.',
    );
    expect(refusal(['validate', 'a.sessionstudio', '--session', 'x'])).toBe(
      '--session does not apply to validate.',
    );
  });

  it('takes --passphrase-file for the documents, which read engagement files, and not for a chart', () => {
    expect(
      parseCliArguments(['plan', 'a.sessionstudio', 'p.docx', '--passphrase-file=key.txt']),
    ).toMatchObject({ command: 'plan', passphraseFile: 'key.txt' });
    expect(
      parseCliArguments([
        'summary',
        'a.sessionstudio',
        's.docx',
        '--passphrase-file',
        'key.txt',
        '--session',
        'Kick-off',
      ]),
    ).toMatchObject({ passphraseFile: 'key.txt', session: 'Kick-off' });
    expect(refusal(['chart', 'tone-drift', 'd.json', 'o.svg', '--passphrase-file', 'k'])).toBe(
      '--passphrase-file does not apply to chart.',
    );
    expect(refusal(['validate', 'a.sessionstudio', '--passphrase-file'])).toBe(
      '--passphrase-file needs a value.',
    );
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createOpenedFiles } from '../../../main/engagement-file/opened-files';
import { engagementFilePathsIn, receiveOpenedFiles } from '../../../main/shell/file-association';

describe('engagement files on a command line', () => {
  it('takes the .sessionstudio files, as paths, and skips Electron’s own arguments', () => {
    expect(
      engagementFilePathsIn(
        [
          '.',
          '--no-sandbox',
          '--open=x.sessionstudio',
          '/home/ana/Acme.sessionstudio',
          '/home/ana/notes.docx',
          'Borealis.SESSIONSTUDIO',
          'file:///home/ana/My%20plans/Cold%20chain.sessionstudio',
        ],
        '/home/ana/Downloads',
      ),
    ).toEqual([
      '/home/ana/Acme.sessionstudio',
      '/home/ana/Downloads/Borealis.SESSIONSTUDIO',
      '/home/ana/My plans/Cold chain.sessionstudio',
    ]);
  });

  it('ignores a file URL it cannot read as a path', () => {
    expect(engagementFilePathsIn(['file://server/share/x.sessionstudio'], '/')).toEqual([]);
  });
});

describe('files the operating system hands over', () => {
  it('are queued and announced once, then taken one at a time in the order they came', () => {
    const queue = createOpenedFiles();
    const notify = vi.fn();
    const receive = receiveOpenedFiles(queue, notify);
    receive(['/a.sessionstudio', '/b.sessionstudio', '/a.sessionstudio'], '/');
    expect(notify).toHaveBeenCalledOnce();
    // The same file again while it still waits adds nothing, and says nothing.
    receive(['/b.sessionstudio', '--flag'], '/');
    expect(notify).toHaveBeenCalledOnce();
    expect([queue.take(), queue.take(), queue.take()]).toEqual([
      '/a.sessionstudio',
      '/b.sessionstudio',
      null,
    ]);
    // Once taken, the same file may be opened again.
    receive(['/a.sessionstudio'], '/');
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('announce nothing when no engagement file came', () => {
    const notify = vi.fn();
    receiveOpenedFiles(createOpenedFiles(), notify)(['/usr/bin/session-studio', '.'], '/');
    expect(notify).not.toHaveBeenCalled();
  });
});

import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  HandlerPlatform,
  OpenDialogRequest,
  SaveDialogRequest,
} from '../../../main/ipc/create-handlers';
import type { DocumentWorker } from '../../../main/documents/document-worker-client';
import type { IpcChannelMethod } from '../../../shared/ipc/channels';
import type { RecentEngagement } from '../../../shared/ipc/shell-schemas';
import { atRestProtection } from '../../../main/crypto/at-rest-protection';
import { lazySafetyCopy } from '../../../main/data/safety-handlers';
import { createOpenedFiles } from '../../../main/engagement-file/opened-files';
import { receiveOpenedFiles } from '../../../main/shell/file-association';
import { keystoreStandIn, type KeystoreStandIn } from '../../main/crypto/keystore-stand-in';
import { slowUnitReads } from '../../main/backups/slow-unit-reads';
import { projectorWindowRoute } from '../../../shared/ipc/channels';
import { builtDocumentWorker } from './built-main';
import { holdingBuilder } from './held-exports';
import { chromiumArgs, chromiumExecutable } from './chromium';
import { settleNetworkAttempts } from './offline-guarantee';
import { installPreloadBridge, type CallObserver } from './preload-bridge';
import { serveDevServerOnly, serveRenderer, testOrigin } from './serve-renderer';

export interface AppHarness {
  context: BrowserContext;
  page: Page;
  /** Every request the app tried to send outside itself; must stay empty. */
  networkAttempts: string[];
  /** What the save dialog was asked, in order. */
  saveDialogs: SaveDialogRequest[];
  /** The answer the next save dialog gives: a path, or null to cancel. */
  answerSaveDialog(path: string | null): void;
  /** What the open dialog was asked, in order. */
  openDialogs: OpenDialogRequest[];
  /** The answer the next open dialog gives: a path, or null to cancel. */
  answerOpenDialog(path: string | null): void;
  /** Files main asked the system to open in their default program (shell.openPath). */
  openedPaths: string[];
  /** Files main asked the system's file manager to show (shell.showItemInFolder). */
  shownPaths: string[];
  /** Files main added to the operating system's recent documents. */
  recentDocuments: string[];
  /** What File › Open Recent lists now, as the renderer last told main. */
  menuRecentEngagements(): RecentEngagement[];
  /** Chooses an engagement in File › Open Recent. */
  openRecentFromMenu(engagementId: string): Promise<void>;
  /**
   * The operating system hands main a command line (a double-click on Windows or Linux, a second
   * launch) while the app runs, as main's file association receives it.
   */
  openFromDesktop(argv: string[]): Promise<void>;
  /**
   * The projector window main opened (a second page of the app at #/projector, as the projector's
   * BrowserWindow loads it), or null while none is open.
   */
  projector(): Page | null;
  /** The built document worker the exports run on, as main's: closing it makes the next export cold. */
  documents: DocumentWorker;
  /** A slow laptop: from now, each export's document waits once built, until released or cancelled. */
  holdExports(): void;
  /** Lets the held exports finish, and the next ones run at full speed. */
  releaseExports(): void;
  /** A slow disk: main's answers to this method wait, once it has done the work, until released. */
  holdAnswers(method: IpcChannelMethod): void;
  /** Gives the held answers, and answers at once from now on. */
  releaseAnswers(): void;
  /**
   * A slow disk under the safety copy: from now, main's reads of each engagement's file (a full
   * backup, a restore from an automatic backup) wait until released.
   */
  holdSafetyCopyReads(): void;
  /** Lets the held reads go on, and the next ones at full speed. */
  releaseSafetyCopyReads(): void;
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'session-studio-profile-'));
}

export interface LaunchOptions {
  /** electron-vite's dev server (`npm run dev`) to load instead of the built renderer. */
  devServerUrl?: string;
  /** The app's command line at launch: files given there are imported once the window loads. */
  argv?: string[];
  /** Where main finds the sample engagement and templates; the repository's samples/ by default. */
  samplesFolder?: string | null;
  /** Sees every call the page makes to main, with main's answer, as it is answered. */
  observeCalls?: CallObserver;
  /** Scripts run in every page before the app's own, from the first load on (the benchmark's probes). */
  initScripts?: string[];
  /** What the shell tells the consultant at start (the window moved off a detached display). */
  shellNotices?: string[];
  /** The operating system's keystore that protects the safety copy; this laptop's by default. */
  keystore?: KeystoreStandIn;
}

/**
 * Starts the built renderer in Debian's Chromium with a persistent profile (the app's user-data
 * folder), offline, with the preload API routed to the real main handlers.
 */
export async function launchApp(
  profileDir: string,
  options: LaunchOptions = {},
): Promise<AppHarness> {
  const { devServerUrl, argv = [] } = options;
  const devOrigin = devServerUrl === undefined ? null : new URL(devServerUrl).origin;
  const home = join(profileDir, 'home');
  mkdirSync(home, { recursive: true });
  const context = await chromium.launchPersistentContext(join(profileDir, 'chromium'), {
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
    headless: true,
    // The dev server is on this machine; every other request is still refused below.
    offline: devOrigin === null,
    viewport: { width: 1360, height: 900 },
    env: { ...process.env, HOME: home, TMPDIR: home },
  });
  const networkAttempts: string[] = [];
  const saveDialogs: SaveDialogRequest[] = [];
  let nextAnswer: string | null = null;
  const openDialogs: OpenDialogRequest[] = [];
  let nextOpenAnswer: string | null = null;
  const openedPaths: string[] = [];
  const shownPaths: string[] = [];
  const recentDocuments: string[] = [];
  let menuRecent: RecentEngagement[] = [];
  const startNotices = [...(options.shellNotices ?? [])];
  const documentWorker = builtDocumentWorker();
  const documents = holdingBuilder(documentWorker);
  const openedFiles = createOpenedFiles();
  const disk = slowUnitReads();
  let page: Page | null = null;
  // Main's push to the window, as a DOM event the bridge turns into onEngagementFilesOpened.
  const receive = receiveOpenedFiles(openedFiles, () => {
    void page?.evaluate(() => window.dispatchEvent(new Event('session-studio-files-opened')));
  });
  receive(argv, profileDir);
  const entryUrl = devOrigin === null ? `${testOrigin}/index.html` : `${devOrigin}/`;
  // The projector window stands in as a second page of the same app, as main opens it.
  let projectorPage: Page | null = null;
  const projector = {
    async open() {
      if (projectorPage === null || projectorPage.isClosed()) {
        projectorPage = await context.newPage();
        await projectorPage.goto(`${entryUrl}${projectorWindowRoute}`);
      }
      return 'second' as const;
    },
    close() {
      void projectorPage?.close({ runBeforeUnload: true });
      projectorPage = null;
    },
  };
  const platform: HandlerPlatform = {
    appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath: profileDir }),
    chooseSavePath: async (request) => {
      saveDialogs.push(request);
      return nextAnswer;
    },
    chooseOpenPath: async (request) => {
      openDialogs.push(request);
      return nextOpenAnswer;
    },
    documentBuilder: documents.builder,
    openPath: async (path) => {
      openedPaths.push(path);
      return '';
    },
    showItemInFolder: (path) => void shownPaths.push(path),
    addRecentDocument: (path) => void recentDocuments.push(path),
    setRecentEngagements: (engagements) => (menuRecent = engagements),
    // Said once, as main does.
    shellNotices: () => startNotices.splice(0),
    openedFiles,
    safetyStore: disk.store,
    atRest: atRestProtection({
      userDataPath: profileDir,
      keystore: keystoreStandIn(options.keystore),
    }),
    projector,
    ...(options.samplesFolder !== undefined ? { samplesFolder: options.samplesFolder } : {}),
  };
  // One copy per launch, loaded while the window loads, as main does (main/index.ts).
  const safetyCopy = lazySafetyCopy(platform)();
  platform.safetyCopy = safetyCopy;
  void safetyCopy.load();
  if (devOrigin === null) await serveRenderer(context, networkAttempts);
  else await serveDevServerOnly(context, devOrigin, networkAttempts);
  const heldMethods = new Set<IpcChannelMethod>();
  const heldAnswers: (() => void)[] = [];
  await installPreloadBridge(
    context,
    platform,
    (method) =>
      heldMethods.has(method)
        ? new Promise<void>((resolve) => heldAnswers.push(resolve))
        : Promise.resolve(),
    options.observeCalls,
  );
  for (const content of options.initScripts ?? []) await context.addInitScript({ content });
  const appPage = context.pages()[0] ?? (await context.newPage());
  page = appPage;
  await appPage.goto(entryUrl);
  return {
    context,
    page: appPage,
    networkAttempts,
    saveDialogs,
    answerSaveDialog: (path) => (nextAnswer = path),
    openDialogs,
    answerOpenDialog: (path) => (nextOpenAnswer = path),
    openedPaths,
    shownPaths,
    recentDocuments,
    menuRecentEngagements: () => menuRecent,
    openRecentFromMenu: async (engagementId) => {
      await appPage.evaluate(
        (id) =>
          window.dispatchEvent(new CustomEvent('session-studio-open-engagement', { detail: id })),
        engagementId,
      );
    },
    openFromDesktop: async (argv) => receive(argv, profileDir),
    projector: () => (projectorPage?.isClosed() ? null : projectorPage),
    documents: documentWorker,
    holdExports: documents.hold,
    releaseExports: documents.release,
    holdAnswers: (method) => void heldMethods.add(method),
    releaseAnswers: () => {
      heldMethods.clear();
      for (const resolve of heldAnswers.splice(0)) resolve();
    },
    holdSafetyCopyReads: disk.hold,
    releaseSafetyCopyReads: disk.release,
    close: async () => {
      disk.release();
      await context.close();
      await documentWorker.close();
      settleNetworkAttempts(networkAttempts, 'The app');
    },
  };
}

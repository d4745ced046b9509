import type { Plugin } from 'vite';

/**
 * The renderer's entry (main.tsx) is small and imports the app (start-app.tsx) once the window's
 * first frame is index.html's own. This asks for the app's chunks from index.html, beside the
 * entry, as <link rel="modulepreload">: fetched and parsed at once, evaluated only when the entry
 * imports them, so the split costs the home no extra round trip; and the app's stylesheets as
 * <link rel="preload" as="style">, fetched at once without holding the window's first frame.
 */
export function preloadAppChunks(appModule: string): Plugin {
  return {
    name: 'session-studio:preload-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        // The app's module is its chunk's facade, or one module of the chunk that holds it and
        // everything else it needs (startup-chunk.ts).
        const app = chunks.find(
          (chunk) =>
            chunk.facadeModuleId?.endsWith(appModule) ||
            chunk.moduleIds.some((id) => id.endsWith(appModule)),
        );
        if (!app) throw new Error(`No chunk for ${appModule} in the renderer's build.`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.find((candidate) => candidate.fileName === fileName);
          // The entry is index.html's own module script already.
          if (files.has(fileName) || chunk?.isEntry) return;
          files.add(fileName);
          for (const imported of chunk?.imports ?? []) visit(imported);
        };
        visit(app.fileName);
        // The app's stylesheets too: the entry's import of the app waits for them as well.
        const styles = new Set(
          [...files].flatMap((fileName) => [
            ...(chunks.find((chunk) => chunk.fileName === fileName)?.viteMetadata?.importedCss ??
              []),
          ]),
        );
        return [
          ...[...files].map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head' as const,
          })),
          ...[...styles].map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

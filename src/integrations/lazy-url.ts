/**
 * `import url from 'lazy-url:./module.ts'` gives the address of a module that
 * is built as a chunk of its own (sharing modules with the rest of the site's
 * scripts, as any chunk does), for a script to `import(url)` only when it is
 * needed.
 *
 * A plain `import('./module.ts')` would do the same, but Vite wraps every
 * such import in a helper that preloads the chunk's own imports: about 2 KB
 * in the importing file, whatever `build.modulePreload` says. For the search
 * boxes' loader (src/scripts/suggest.ts), on every page, that helper would be
 * several times the loader itself.
 */
import type { Plugin } from 'vite';

const PREFIX = 'lazy-url:';
const RESOLVED = `\0${PREFIX}`;

export function lazyUrl(): Plugin {
  return {
    name: 'fiw:lazy-url',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const target = await this.resolve(source.slice(PREFIX.length), importer, { skipSelf: true });
      if (!target) this.error(`lazy-url: cannot find ${source.slice(PREFIX.length)} from ${importer}`);
      return RESOLVED + target.id;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const file = id.slice(RESOLVED.length);
      // The dev server serves any source file by its path.
      if (this.environment.mode !== 'build') return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}

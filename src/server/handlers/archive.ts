import { existsSync } from 'node:fs';
import { Registry } from '../../io/registry.js';
import { notFound } from '../http-error.js';
import { sendJson } from '../http-io.js';
import { archiveFilterOf, archiveRow } from '../view-models.js';
import { readArchived } from './archived-file.js';
import { param, sendFile, type Handlers, type ServerState } from './context.js';

/** Archive results shown at once; narrower search terms find the rest. */
const ARCHIVE_PAGE_SIZE = 500;

/** The 档案 tab: the registry search `archive search` uses, and downloads of what it lists. */
export function archiveHandlers(state: ServerState): Handlers<'archiveSearch' | 'archiveDocument'> {
  const { layout } = state;

  function withRegistry<T>(read: (registry: Registry) => T): T {
    const registry = Registry.open(layout.registry, { mustExist: true });
    try {
      return read(registry);
    } finally {
      registry.close();
    }
  }

  return {
    archiveSearch: async ({ response, query }) => {
      const filter = archiveFilterOf(query);
      if (!existsSync(layout.registry)) return sendJson(response, 200, { documents: [], total: 0 });
      const documents = withRegistry((registry) => registry.documents(filter));
      // Newest first: what an office looks for is usually what it just issued.
      const rows = documents.reverse().slice(0, ARCHIVE_PAGE_SIZE).map(archiveRow);
      sendJson(response, 200, { documents: rows, total: documents.length });
    },

    archiveDocument: async ({ request, response, params }) => {
      if (!existsSync(layout.registry)) throw notFound('该文书');
      const id = Number(param(params, 'id'));
      const found = withRegistry((registry) => {
        const document = registry.document(id);
        return document ? { file: registry.resolvePath(document), name: document.path.split('/').pop() ?? document.path, format: document.format } : undefined;
      });
      if (!found) throw notFound('该文书');
      sendFile(response, readArchived(layout.archive, found.file), found.name, found.format === 'pdf' ? 'inline' : 'attachment', request.method);
    },
  };
}

import { join, resolve } from 'node:path';
import { REGISTRY_FILE_NAME } from '../io/registry.js';

/**
 * The server's working folder: uploads per session, and the archive every
 * document issued through the page goes to (so the 档案 tab shows all of them).
 *
 * @example workdirLayout('web').registry // '/abs/web/archive/studio-docs.sqlite'
 */
export function workdirLayout(workdir: string) {
  const root = resolve(workdir);
  const archive = join(root, 'archive');
  return {
    root,
    uploads: join(root, 'uploads'),
    archive,
    registry: join(archive, REGISTRY_FILE_NAME),
    /** Output folder of one campaign's documents. */
    campaignOut: (campaignId: string) => join(archive, campaignId),
  };
}
export type WorkdirLayout = ReturnType<typeof workdirLayout>;

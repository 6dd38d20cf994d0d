import { StudioDocsError } from '../core/errors.js';
import type { InputFile } from '../import/types.js';
import { readInputFiles } from '../io/files.js';

/** The applications and the expert score sheet that `rank` and `announce` both read. */
export function readReviewInputs(applications: readonly string[], scores: string | undefined, usage: string): { files: InputFile[]; scoreFile: InputFile } {
  if (!scores) throw new StudioDocsError('USAGE', `缺少 --scores <评分表>。\n\n${usage}`);
  if (applications.length === 0) throw new StudioDocsError('USAGE', `缺少申报材料文件。\n\n${usage}`);
  const files = readInputFiles(applications);
  const [scoreFile] = readInputFiles([scores]);
  if (!scoreFile) throw new StudioDocsError('USAGE', `缺少 --scores <评分表>。\n\n${usage}`);
  return { files, scoreFile };
}

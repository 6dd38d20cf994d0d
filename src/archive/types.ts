/**
 * What the archive registry holds: runs that issued documents, their inputs, the
 * documents themselves, and studios that were named. Times are ISO 8601 (UTC);
 * document paths are relative to an archive root and always use "/".
 */

export const RUN_STATUSES = ['running', 'finished', 'failed', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunInput {
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
}

export interface RunRecord {
  readonly id: number;
  readonly campaign: string;
  /** e.g. "build", "render". */
  readonly command: string;
  readonly toolVersion: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly status: RunStatus;
  readonly host: string;
  readonly pid: number;
  /** The output folder, relative to the registry's folder ('' when the registry lives in it). */
  readonly root: string;
  readonly inputs: readonly RunInput[];
  /** How many document rows the run recorded. */
  readonly documents: number;
}

/** How a document row came to be: written by the run, written as a later version, or a file already on disk that the run recognised as its own. */
export type DocumentOrigin = 'written' | 'new-version' | 'adopted';

/** What a run knows about a document before it is recorded. */
export interface DocumentFacts {
  readonly campaign: string;
  /** Campaign year (年度), what offices search by. */
  readonly year: number;
  readonly studioKey: string;
  readonly studioName: string;
  readonly studioType?: string | undefined;
  readonly leader?: string | undefined;
  readonly unit?: string | undefined;
  readonly recommender?: string | undefined;
  readonly formId: string;
  readonly formLabel: string;
  readonly format: string;
  /** 文号, for documents that carry one (decisions, notices); null for application forms. */
  readonly docNumber?: string | undefined;
  /**
   * SHA-256 of what the document says — its data and template — when its bytes also depend on
   * how it was made (a PDF printed in a batch embeds glyphs in an order set by its batch-mates).
   * A document whose content key matches the latest version on disk is unchanged.
   */
  readonly contentKey?: string | undefined;
}

export interface NewDocument extends DocumentFacts {
  readonly runId: number;
  readonly root: string;
  /** This version's path, relative to the root. */
  readonly path: string;
  /** The first version's path: every version of one document shares it. */
  readonly basePath: string;
  readonly version: number;
  readonly sha256: string;
  readonly bytes: number;
  readonly origin: DocumentOrigin;
}

export interface DocumentRecord extends NewDocument {
  readonly id: number;
  readonly createdAt: string;
}

export interface NewNamedStudio {
  /** The campaign (naming round) the studio was named in, e.g. shanghai-2020. */
  readonly campaign: string;
  /** The programme that named it, e.g. 上海市工匠（技师、职工、巾帼）创新工作室. */
  readonly program: string;
  /** The title conferred, e.g. 上海市技师创新工作室 (the programme name when the list gives no type). */
  readonly title: string;
  readonly studioName: string;
  readonly leader?: string | undefined;
  readonly unit?: string | undefined;
  readonly recommender?: string | undefined;
  readonly studioType?: string | undefined;
  /** YYYY-MM-DD. */
  readonly namedOn: string;
  /** Length of the management cycle; a review is due at the end of each. */
  readonly cycleYears: number;
  /** Where the row came from, e.g. "2017命名名单.xlsx 第3行". */
  readonly source: string;
}

export interface NamedStudio extends NewNamedStudio {
  readonly id: number;
  /** End of the first management cycle, YYYY-MM-DD. */
  readonly cycleEnd: string;
  readonly recordedAt: string;
}

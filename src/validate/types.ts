import type { Problem } from '../core/problem.js';
import type { ImportResult, StudioDraft } from '../import/types.js';
import type { Studio } from '../model/schema.js';

export interface CheckedStudio {
  /** Stable within a batch: studio id when given, else the studio name (made unique). */
  readonly key: string;
  /** The parsed record; absent when the row could not even be shaped into a studio. */
  readonly studio: Studio | undefined;
  readonly draft: StudioDraft;
  /** Problems of this studio and its members. */
  readonly problems: readonly Problem[];
  /** True when any problem is an error: the studio's documents are not rendered. */
  readonly blocked: boolean;
}

export interface ValidationReport {
  readonly campaignId: string;
  readonly inputs: ImportResult['inputs'];
  readonly studios: readonly CheckedStudio[];
  /** Every problem (file-level, studio-level and batch-level), sorted for reading. */
  readonly problems: readonly Problem[];
}

/** A studio that passed validation, ready for rendering. */
export interface ValidStudio {
  readonly key: string;
  readonly studio: Studio;
}

/**
 * Deciding what to do with a freshly rendered document, given the latest version
 * of it that exists — on disk, in the registry, or both. Issued documents are
 * never rewritten: the same bytes are left alone, different bytes become the next
 * version. A file on disk without a registry row (a run killed between renaming
 * the file into place and recording it) is adopted when it holds exactly these bytes.
 */

export interface LatestVersion {
  readonly version: number;
  /** SHA-256 recorded in the registry; absent when the registry has no row for this version. */
  readonly registeredSha256?: string | undefined;
  readonly onDisk: boolean;
  /** SHA-256 of the file on disk; only needed (and only read) when the version is not registered. */
  readonly fileSha256?: string | undefined;
  /** The registered version's content key (see DocumentFacts.contentKey), when it has one. */
  readonly registeredContentKey?: string | undefined;
}

export type IssuePlan =
  /** Already issued and on disk: nothing to write, nothing to record. */
  | { readonly action: 'keep'; readonly version: number }
  /** On disk but not registered, with these very bytes: record it. */
  | { readonly action: 'adopt'; readonly version: number }
  /** Registered with these bytes but the file is gone: put the same bytes back, record nothing. */
  | { readonly action: 'restore'; readonly version: number }
  /** Write a new file at this version and record it. */
  | { readonly action: 'write'; readonly version: number };

/**
 * @example planIssue(undefined, sha) // { action: 'write', version: 1 }
 * @example planIssue({ version: 1, registeredSha256: sha, onDisk: true }, sha) // { action: 'keep', version: 1 }
 * @example planIssue({ version: 1, registeredSha256: other, onDisk: true }, sha) // { action: 'write', version: 2 }
 * @example planIssue({ version: 1, registeredSha256: other, registeredContentKey: key, onDisk: true }, sha, key) // { action: 'keep', version: 1 }
 */
export function planIssue(latest: LatestVersion | undefined, sha256: string, contentKey?: string): IssuePlan {
  if (!latest) return { action: 'write', version: 1 };
  // Same content, printed with other batch-mates: the issued file stands (its own bytes are what verify checks).
  if (contentKey !== undefined && latest.registeredContentKey === contentKey && latest.onDisk) return { action: 'keep', version: latest.version };
  const issued = latest.registeredSha256 ?? (latest.onDisk ? latest.fileSha256 : undefined);
  if (issued !== sha256) return { action: 'write', version: latest.version + 1 };
  if (latest.registeredSha256 === undefined) return { action: 'adopt', version: latest.version };
  // A file altered after issue is left for `archive verify` to report; it is never replaced.
  return latest.onDisk ? { action: 'keep', version: latest.version } : { action: 'restore', version: latest.version };
}

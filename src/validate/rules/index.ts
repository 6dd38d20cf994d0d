import type { Rule } from '../../campaigns/schema.js';
import { checkExcludedHonour } from './excluded-honour.js';
import { checkFlagNotSet } from './flag-not-set.js';
import { checkFemaleShare } from './female-share.js';
import { checkLeaderGender } from './leader-gender.js';
import { checkLeaderHonour } from './leader-honour.js';
import { checkLeaderSkillLevel } from './leader-skill-level.js';
import { checkMemberAge } from './member-age.js';
import { checkMinimum } from './minimum.js';
import { checkNamingPattern } from './naming-pattern.js';
import { checkNonPublicShare } from './non-public-share.js';
import { checkRankWithinRecommender } from './rank-within-recommender.js';
import { checkRecommenderCount } from './recommender-count.js';
import { checkRequired } from './required.js';
import { checkTeamSize } from './team-size.js';
import { checkSumEquals } from './sum-equals.js';
import { checkTextLength } from './text-length.js';
import type { BatchRuleCheck, StudioRuleCheck } from './types.js';
import { checkYearsRunning } from './years-running.js';

type BatchKind = 'nonPublicShare' | 'recommenderCount' | 'rankWithinRecommender';
type StudioKind = Exclude<Rule['kind'], BatchKind>;

/** Rule kinds that look at one studio. Adding a kind: a file here, a schema entry, a line below. */
export const STUDIO_RULES: { readonly [K in StudioKind]: StudioRuleCheck<K> } = {
  required: checkRequired,
  teamSize: checkTeamSize,
  yearsRunning: checkYearsRunning,
  leaderHonour: checkLeaderHonour,
  leaderSkillLevel: checkLeaderSkillLevel,
  leaderGender: checkLeaderGender,
  femaleShare: checkFemaleShare,
  excludedHonour: checkExcludedHonour,
  textLength: checkTextLength,
  minimum: checkMinimum,
  memberAge: checkMemberAge,
  namingPattern: checkNamingPattern,
  sumEquals: checkSumEquals,
  flagNotSet: checkFlagNotSet,
};

/** Rule kinds that look at the whole batch (per recommender, per district…). */
export const BATCH_RULES: { readonly [K in BatchKind]: BatchRuleCheck<K> } = {
  nonPublicShare: checkNonPublicShare,
  recommenderCount: checkRecommenderCount,
  rankWithinRecommender: checkRankWithinRecommender,
};

export function isBatchRule(rule: Rule): rule is Extract<Rule, { kind: BatchKind }> {
  return rule.kind in BATCH_RULES;
}

export type { RuleFinding, BatchEntry, BatchStudio } from './types.js';

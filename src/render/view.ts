/** The view every form template reads: see view/form-view.ts. */
export { ageAt, box, buildFormView, CHECKED, MEMBER_ROW_KEYS, UNCHECKED, type FormView, type FormViewOptions, type MemberRowView, type ParagraphView } from './view/form-view.js';
export { formViewKeys, PROBE_STUDIO, probeFormView } from './view/probe.js';
export { teamStats, type TeamStats } from './view/team-stats.js';

/**
 * Summary stage: validated studios in, per-union summary tables, the city pivot
 * and report statistics out (pure data; src/render/summary lays them out).
 */
export { displayCell, displayNumber, type NumberFormat, type SummaryCell } from './cells.js';
export { columnSource, readStudioField, type ColumnSource } from './columns.js';
export { buildSummaryTable, buildSummaryTables, groupByRecommender, NO_RECOMMENDER, type HeaderCellView, type HeaderContent, type SummaryTable, type TableColumn, type TotalCell } from './table.js';
export { cityStatistics, type CityStatistics, type DistrictStatistics } from './city.js';
export { handFilledItems } from './hand-filled.js';
export { campaignStatistics, categoryBuckets, NOT_GIVEN, teamSizeBuckets, type Bucket, type CampaignStatistics } from './statistics.js';

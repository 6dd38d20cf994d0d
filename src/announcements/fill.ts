import type { AnnouncementPlaceholder } from '../campaigns/announcement-schema.js';

export type PlaceholderValues = Partial<Record<AnnouncementPlaceholder, string>>;

/**
 * Fills {placeholders} of a campaign text. A placeholder without a value is an
 * error: a document must never print "{fundingTotal}".
 *
 * @example fillPlaceholders('命名{count}个工作室', { count: '3' }) // '命名3个工作室'
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, key: string) => {
    const value = values[key as AnnouncementPlaceholder];
    if (value === undefined) throw new Error(`占位符 ${whole} 在此文书中没有可用的值`);
    return value;
  });
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StudioDocsError } from '../core/errors.js';
import { CampaignSchema, type Campaign } from './schema.js';

/** A campaign definition with the bytes of every template its forms name. */
export interface CampaignBundle {
  readonly campaign: Campaign;
  /** Folder the campaign was loaded from (for messages only). */
  readonly dir: string;
  /** Template files by the relative name used in campaign.json. */
  readonly assets: ReadonlyMap<string, Uint8Array>;
}

/** templates/ beside src/ and dist/; STUDIO_DOCS_TEMPLATES points elsewhere (tests, other offices). */
export function templatesRoot(): string {
  const override = process.env.STUDIO_DOCS_TEMPLATES;
  if (override) return resolve(override);
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}

export function listCampaignIds(root = templatesRoot()): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'campaign.json')))
    .map((entry) => entry.name)
    .sort();
}

export function loadCampaign(id: string, root = templatesRoot()): CampaignBundle {
  const known = listCampaignIds(root);
  if (!known.includes(id)) {
    throw new StudioDocsError('UNKNOWN_CAMPAIGN', `未知的评选活动“${id}”。`, {
      hints: [known.length ? `可用的活动：${known.join('、')}（studio-docs campaigns 可查看说明）` : `模板目录 ${root} 中没有任何活动。`],
    });
  }
  const dir = join(root, id);
  const file = join(dir, 'campaign.json');
  const campaign = parseCampaign(readFileSync(file, 'utf8'), file);
  if (campaign.id !== id) {
    throw new StudioDocsError('BAD_CAMPAIGN', `${file}：id “${campaign.id}” 与文件夹名 “${id}” 不一致。`);
  }
  const assets = new Map<string, Uint8Array>();
  for (const form of campaign.forms) {
    for (const name of [form.docx, form.html]) {
      if (!name) continue;
      const path = join(dir, name);
      if (!existsSync(path)) throw new StudioDocsError('BAD_CAMPAIGN', `${file}：表单“${form.label}”引用的模板 ${name} 不存在。`);
      assets.set(name, readFileSync(path));
    }
  }
  return { campaign, dir, assets };
}

/** Parses campaign.json text; errors name the JSON path so whoever edits next year's file can find it. */
export function parseCampaign(text: string, fileName: string): Campaign {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StudioDocsError('BAD_CAMPAIGN', `${fileName} 不是合法的 JSON：${(error as Error).message}`);
  }
  const parsed = CampaignSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(根)'}：${issue.message}`);
    throw new StudioDocsError('BAD_CAMPAIGN', `${fileName} 的内容有误：\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export type { Campaign };

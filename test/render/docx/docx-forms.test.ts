import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaign, type CampaignBundle } from '../../../src/campaigns/load.js';
import type { Form } from '../../../src/campaigns/schema.js';
import { isStudioDocsError } from '../../../src/core/errors.js';
import { renderDocxForms, type DocxFormsOptions } from '../../../src/io/docx-forms.js';
import type { Studio } from '../../../src/model/schema.js';
import { compileDocxTemplate, formTemplateVocabulary, renderDocx } from '../../../src/render/docx/index.js';
import { buildFormView } from '../../../src/render/view.js';
import type { ValidStudio } from '../../../src/validate/types.js';
import { ALL_STUDIOS, CRAFTSMAN_STUDIO } from '../../fixtures/studios.js';
import { documentParagraphs, withDocumentXml, withTempDir } from './helpers.js';
import { threadCount } from './worker-threads.js';

const shanghai = loadCampaign('shanghai-2020');
const application = formWithDocx(shanghai, 'application');

/** The fixture studios and renamed copies of them: enough documents for both threads to take several. */
const STUDIOS: ValidStudio[] = [...ALL_STUDIOS, ...ALL_STUDIOS.map((studio, index) => ({ ...studio, id: `COPY-${index}`, name: `副本${index}${studio.name}` }))].map(
  (studio, index) => ({ key: `K${index}`, studio }),
);

function formWithDocx(bundle: CampaignBundle, id: string): Form {
  const form = bundle.campaign.forms.find((candidate) => candidate.id === id && candidate.docx !== undefined);
  if (!form) throw new Error(`${bundle.campaign.id} has no DOCX form ${id}`);
  return form;
}

/** The documents as the single-threaded renderer makes them, one studio after the other. */
function renderedInThread(bundle: CampaignBundle, form: Form, studios: readonly ValidStudio[], reviewYear?: number): Uint8Array[] {
  const template = compileDocxTemplate(bundle.assets.get(form.docx as string) as Uint8Array, { name: form.docx as string, ...formTemplateVocabulary(bundle.campaign) });
  return studios.map(({ studio }) => renderDocx(template, buildFormView(studio, bundle.campaign, form, { reviewYear })));
}

async function rendered(studios: Iterable<ValidStudio> | AsyncIterable<ValidStudio>, options: DocxFormsOptions, bundle = shanghai, form = application): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const bytes of renderDocxForms(studios, bundle, form, options)) out.push(bytes);
  return out;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('renderDocxForms', () => {
  const expected = renderedInThread(shanghai, application, STUDIOS);

  it('yields each studio its own form, in input order', async () => {
    const documents = await rendered(STUDIOS, { threads: 2 });
    expect(documents).toHaveLength(STUDIOS.length);
    documents.forEach((docx, index) => expect(documentParagraphs(docx).join('\n')).toContain(STUDIOS[index]?.studio.name));
  });

  it('gives the same bytes as rendering in one thread, for 1 or 2 threads and any window', async () => {
    const hashes = expected.map(sha256);
    expect((await rendered(STUDIOS, { threads: 1 })).map(sha256)).toEqual(hashes);
    expect((await rendered(STUDIOS, { threads: 2 })).map(sha256)).toEqual(hashes);
    expect((await rendered(STUDIOS, { threads: 2, window: 1 })).map(sha256)).toEqual(hashes);
    expect((await rendered(STUDIOS, { threads: 3, window: 5 })).map(sha256)).toEqual(hashes);
  });

  it('takes studios from an async source', async () => {
    async function* source(): AsyncGenerator<ValidStudio> {
      for (const studio of STUDIOS) yield studio;
    }
    expect((await rendered(source(), { threads: 2, window: 3 })).map(sha256)).toEqual(expected.map(sha256));
  });

  it('passes the review year to the worker threads', async () => {
    const technician = loadCampaign('shanghai-technician-2016');
    const review = formWithDocx(technician, 'review');
    const named: ValidStudio[] = [{ key: 'N1', studio: { ...CRAFTSMAN_STUDIO, namedDate: '2016-12-20' } }];
    const in2019 = await rendered(named, { threads: 2, reviewYear: 2019 }, technician, review);
    const in2022 = await rendered(named, { threads: 2, reviewYear: 2022 }, technician, review);
    expect(in2019.map(sha256)).toEqual(renderedInThread(technician, review, named, 2019).map(sha256));
    expect(in2022.map(sha256)).toEqual(renderedInThread(technician, review, named, 2022).map(sha256));
    expect(sha256(in2019[0] as Uint8Array)).not.toBe(sha256(in2022[0] as Uint8Array));
  });

  it.skipIf(process.platform !== 'linux')('rethrows a failure with the worker stack after the forms before it, and stops its threads', async () => {
    // A studio no validated input can produce: rendering it is a bug, which must surface with its stack.
    const broken = { key: 'BROKEN', studio: { ...CRAFTSMAN_STUDIO, members: undefined } as unknown as Studio };
    const studios = [...STUDIOS.slice(0, 2), broken, ...STUDIOS.slice(2)];
    const threadsBefore = threadCount();
    const documents: Uint8Array[] = [];
    const error = await (async () => {
      for await (const bytes of renderDocxForms(studios, shanghai, application, { threads: 2 })) documents.push(bytes);
    })().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(documents.map(sha256)).toEqual(expected.slice(0, 2).map(sha256));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).stack).toMatch(/form-view\.js/);
    expect(threadCount()).toBe(threadsBefore);
  });

  it.skipIf(process.platform !== 'linux')('reports a broken template as BAD_TEMPLATE before any thread starts', async () => {
    const broken = withDocumentXml(shanghai.assets.get(application.docx as string) as Uint8Array, (xml) => xml.replace('{studioName}', '{studioNmae}'));
    const bundle: CampaignBundle = { ...shanghai, assets: new Map([...shanghai.assets, [application.docx as string, broken]]) };
    const threadsBefore = threadCount();
    let threadsAtFailure = 0;
    const error = await rendered(STUDIOS, { threads: 2 }, bundle).then(
      () => undefined,
      (caught: unknown) => {
        threadsAtFailure = threadCount();
        return caught;
      },
    );
    expect(isStudioDocsError(error) && error.code).toBe('BAD_TEMPLATE');
    expect((error as Error).message).toContain('studioNmae');
    expect(threadsAtFailure).toBe(threadsBefore);
  });

  it.skipIf(process.platform !== 'linux')('stops its threads when the caller stops early', async () => {
    const threadsBefore = threadCount();
    for await (const bytes of renderDocxForms(STUDIOS, shanghai, application, { threads: 2 })) {
      expect(sha256(bytes)).toBe(sha256(expected[0] as Uint8Array));
      break;
    }
    expect(threadCount()).toBe(threadsBefore);
  });

  it('runs from the compiled package (dist/) with the worker beside it, and the process ends by itself', () => {
    const dist = new URL('../../../dist/', import.meta.url);
    const script = `
      import { createHash } from 'node:crypto';
      import { loadCampaign } from '${new URL('campaigns/load.js', dist).href}';
      import { renderDocxForms } from '${new URL('io/docx-forms.js', dist).href}';
      import { workerScript } from '${new URL('io/worker-pool.js', dist).href}';
      const studios = ${JSON.stringify(STUDIOS)};
      const bundle = loadCampaign('shanghai-2020');
      const form = bundle.campaign.forms.find((candidate) => candidate.id === 'application');
      const hashes = [];
      for await (const bytes of renderDocxForms(studios, bundle, form, { threads: 2 })) hashes.push(createHash('sha256').update(bytes).digest('hex'));
      console.log(JSON.stringify({ worker: workerScript('docx-form-worker.js').href, hashes }));
    `;
    const output = withTempDir((dir) => {
      const file = join(dir, 'render-forms.mjs');
      writeFileSync(file, script);
      // A plain node process, as users run the CLI; it has to end on its own for execFileSync to return.
      return execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
    });
    const { worker, hashes } = JSON.parse(output) as { worker: string; hashes: string[] };
    expect(worker).toBe(new URL('io/docx-form-worker.js', dist).href);
    expect(hashes).toEqual(expected.map(sha256));
  });
});

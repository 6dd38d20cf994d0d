import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

/** Options shared by checking and rendering, so a template that passes the check renders the same way. */
export const DOCXTEMPLATER_OPTIONS = {
  paragraphLoop: true,
  linebreaks: true,
  errorLogging: false,
} as const;

export type NullGetter = NonNullable<Docxtemplater.DXT.ConstructorOptions['nullGetter']>;

/**
 * Runs docxtemplater once over a copy of the template's inflated parts and returns
 * its zip. docxtemplater rewrites the zip it renders, so every document starts from a copy.
 */
export function fillParts(parts: ReadonlyMap<string, Uint8Array>, data: object, nullGetter: NullGetter): PizZip {
  const document = newDocument(parts, nullGetter);
  document.render(data);
  return document.getZip();
}

function newDocument(parts: ReadonlyMap<string, Uint8Array>, nullGetter: NullGetter): Docxtemplater {
  const zip = new PizZip();
  for (const [name, bytes] of parts) zip.file(name, bytes, { binary: true, createFolders: false });
  return new Docxtemplater(zip, {
    ...DOCXTEMPLATER_OPTIONS,
    // Validation already rejects control characters; this keeps a slip from producing a file Word refuses.
    stripInvalidXMLChars: true,
    nullGetter,
  });
}

/**
 * What render() remembers about its first call, by field name in docxtemplater
 * 3.71 (pinned exactly in package.json): that it has rendered, the data each part
 * was mapped to, and each part's scope over that data.
 */
interface RenderState {
  rendered: boolean;
  mapper: unknown;
  scopeManagers: Record<string, unknown>;
}

function renderState(document: Docxtemplater): RenderState | undefined {
  const state = document as unknown as Partial<RenderState>;
  // `mapper` is only assigned by the first render, so it cannot be checked for beforehand.
  return typeof state.rendered === 'boolean' && typeof state.scopeManagers === 'object' ? (state as RenderState) : undefined;
}

/**
 * Fills one template many times, lexing and parsing it once.
 *
 * docxtemplater parses a template in its constructor — about half of the time a
 * form takes — and then renders that instance once: render() refuses a second
 * call and keeps the first call's data. Rendering the parsed template again only
 * needs the three things render() remembers cleared (RenderState); nothing else
 * in an instance depends on the data. Those are internals, so
 * test/render/docx/reused-template.test.ts fills every bundled template both
 * ways, in an order that changes list lengths and empty values, and requires the
 * same bytes: an upgrade that moves them fails there. Should the fields be
 * missing, every fill builds a new instance (slower, never wrong); an instance
 * whose render threw is dropped, as its state is unknown.
 *
 * The zip returned is the instance's own and is overwritten by the next fill:
 * read it before filling again.
 */
export class ReusableFiller {
  private idle: Docxtemplater | undefined;

  constructor(
    private readonly parts: ReadonlyMap<string, Uint8Array>,
    private readonly nullGetter: NullGetter,
  ) {}

  fill(data: object): PizZip {
    const document = this.idle ?? newDocument(this.parts, this.nullGetter);
    this.idle = undefined;
    const state = renderState(document);
    if (state) {
      state.rendered = false;
      state.mapper = undefined;
      state.scopeManagers = {};
    }
    document.render(data);
    if (state) this.idle = document;
    return document.getZip();
  }
}

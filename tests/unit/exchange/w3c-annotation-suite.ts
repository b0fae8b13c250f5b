// Loads the W3C Web Annotation test suite's MUST assertions (annotationMusts.test and the schemas it
// names) from the shared corpus at test time, and runs them with ajv's draft-04 validator.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { sharedPath } from '../../shared-material';

export const W3C_SUITE = sharedPath('corpora/w3c-web-annotation-tests');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The suite relies on the JSON Schema formats `uri` and `date-time`; ajv-formats is not installed,
 * so both are given here: an RFC 3986 absolute URI (scheme, colon, no spaces) and an RFC 3339 timestamp.
 */
function suiteAjv(): Ajv04 {
  const ajv = new Ajv04({ strict: false, allErrors: true });
  ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
  const definitions = join(W3C_SUITE, 'definitions');
  for (const file of readdirSync(definitions).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(readJson(join(definitions, file)) as object);
  }
  return ajv;
}

export interface MustAssertion {
  file: string;
  validate: ValidateFunction;
}

let cached: Record<'annotation' | 'collection' | 'page', MustAssertion[]> | null = null;

function compileTest(ajv: Ajv04, testFile: string): MustAssertion[] {
  const test = readJson(join(W3C_SUITE, testFile)) as { assertions: string[] };
  return test.assertions.map((file) => {
    const schema = readJson(join(W3C_SUITE, file)) as { assertionType?: string; expectedResult?: string };
    if (schema.assertionType !== 'must' || schema.expectedResult !== 'valid') throw new Error(`unexpected assertion kind in ${file}`);
    return { file, validate: ajv.compile(schema) };
  });
}

export function mustAssertions(): Record<'annotation' | 'collection' | 'page', MustAssertion[]> {
  if (!cached) {
    const ajv = suiteAjv();
    cached = {
      annotation: compileTest(ajv, 'annotations/annotationMusts.test'),
      collection: compileTest(ajv, 'collections/collectionMusts.test'),
      page: compileTest(ajv, 'collections/pages/pageMusts.test'),
    };
  }
  return cached;
}

/** The MUST assertions the value breaks, by assertion file name; empty when it meets them all. */
export function failedAnnotationMusts(annotation: unknown): string[] {
  return mustAssertions().annotation.filter((a) => !a.validate(annotation)).map((a) => a.file);
}

export function failedCollectionMusts(collection: unknown): string[] {
  return mustAssertions().collection.filter((a) => !a.validate(collection)).map((a) => a.file);
}

export function sampleFiles(kind: 'correct' | 'incorrect'): { name: string; text: string }[] {
  const dir = join(W3C_SUITE, 'tools', 'samples', kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function failedPageMusts(page: unknown): string[] {
  return mustAssertions().page.filter((a) => !a.validate(page)).map((a) => a.file);
}

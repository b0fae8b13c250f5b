// The W3C Web Annotation shapes Claimlens writes (https://www.w3.org/TR/annotation-model/), typed for
// export. Import reads unknown JSON and checks it by hand (see annotation-structure.ts).
import type { Tag } from '../model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The stance of a linked source has no term in the annotation vocabulary, so it travels as a property
 * named by an absolute IRI: valid JSON-LD under the plain anno context, ignored by tools that don't know it.
 */
export const STANCE_PROPERTY = 'urn:claimlens:stance';

export interface WebTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Offsets in Unicode code points, as the W3C model defines them. */
export interface WebTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TaggingBody {
  type: 'TextualBody';
  purpose: 'tagging';
  value: Tag;
}

export interface CommentingBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/plain';
  language?: string;
}

export interface LinkingBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
  [STANCE_PROPERTY]: string;
}

export type ClaimBody = TaggingBody | CommentingBody | LinkingBody;

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'classifying';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  generator: { type: 'Software'; name: string };
  generated: string;
  body: ClaimBody[];
  target: {
    source: string;
    selector: (WebTextQuoteSelector | WebTextPositionSelector)[];
  };
}

export interface WebAnnotationPage {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  /** The collection described inline (id, label, total), as the model's example 43 does. */
  partOf: { id: string; label: string; total: number };
  startIndex: number;
  next?: string;
  prev?: string;
  items: WebAnnotation[];
}

export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: WebAnnotationPage;
  last?: string;
  /**
   * Pages after the first. The model only allows `next` and `last` as IRIs, so later pages cannot be
   * nested; they ride along in a JSON-LD 1.1 `@included` block to keep the export one file.
   */
  '@included'?: WebAnnotationPage[];
}

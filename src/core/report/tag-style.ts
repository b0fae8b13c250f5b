// How each tag looks in a report. Colours are from the Okabe–Ito palette, safe for colour-blind readers,
// and every tag also has its own underline pattern and text label so nothing depends on colour alone.
import type { ClaimStatus, Tag } from '../model';

export interface TagStyle {
  colour: string;
  /** CSS text-decoration-style of the tag's underline. */
  underline: 'solid' | 'double' | 'wavy';
}

export const TAG_STYLES: Record<Tag, TagStyle> = {
  opinion: { colour: '#0072B2', underline: 'solid' },
  fact: { colour: '#009E73', underline: 'double' },
  unsupported: { colour: '#D55E00', underline: 'wavy' },
};

/** Status colours stay clear of the tag colours; charts label every bar too. */
export const STATUS_COLOURS: Record<ClaimStatus, string> = {
  supported: '#56B4E9',
  contested: '#E69F00',
  'no-evidence': '#999999',
};

import { describe, expect, it } from 'vitest';
import { deriveClaimStatus } from '../../../src/core/claim-status';

describe('deriveClaimStatus', () => {
  it('is no evidence without sources, or with context only', () => {
    expect(deriveClaimStatus([])).toBe('no-evidence');
    expect(deriveClaimStatus(['context', 'context'])).toBe('no-evidence');
  });

  it('is supported when a source supports and none contradicts', () => {
    expect(deriveClaimStatus(['supports'])).toBe('supported');
    expect(deriveClaimStatus(['context', 'supports'])).toBe('supported');
  });

  it('is contested as soon as one source contradicts, whatever the order', () => {
    expect(deriveClaimStatus(['supports', 'contradicts'])).toBe('contested');
    expect(deriveClaimStatus(['contradicts', 'supports', 'supports'])).toBe('contested');
    expect(deriveClaimStatus(['contradicts'])).toBe('contested');
  });
});

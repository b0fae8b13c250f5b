import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingProblem } from '../../../src/db/settings';
import { parseRoute, routeHref } from '../../../src/ui/router';

describe('routes', () => {
  it('round-trips every screen', () => {
    for (const route of [
      { screen: 'library' },
      { screen: 'settings' },
      { screen: 'article', articleId: 'a b/c' },
      { screen: 'article', articleId: 'x', claimId: 'y' },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
  it('falls back to the library for unknown hashes', () => {
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'library' });
    expect(parseRoute('')).toEqual({ screen: 'library' });
  });
});

describe('settings validation', () => {
  it('accepts the defaults', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof typeof DEFAULT_SETTINGS>) {
      expect(settingProblem(key, DEFAULT_SETTINGS[key] as never)).toBeNull();
    }
  });
  it('refuses bad values with a reason', () => {
    expect(settingProblem('language', 'fr' as never)).toBe('Unknown language.');
    expect(settingProblem('theme', 'purple' as never)).toBe('Unknown theme.');
    expect(settingProblem('fontSize', 99)).toBe('Unsupported text size.');
    expect(settingProblem('annotator', '  ')).toBe('empty');
    expect(settingProblem('annotator', 'x'.repeat(81))).toMatch(/longer than 80/);
  });
});

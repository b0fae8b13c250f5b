// Undo and redo run in order even when pressed faster than the writes behind them finish.
import { describe, expect, it } from 'vitest';
import { UndoHistory } from '../../../src/ui/claims/undo-history';

function slowCounter() {
  const log: string[] = [];
  let value = 0;
  const later = (change: () => void) => new Promise<void>((done) => setTimeout(() => (change(), done()), 5));
  return {
    log,
    get value() {
      return value;
    },
    entry: (label: string) => ({
      label,
      undo: () => later(() => (value -= 1, log.push(`undo ${label}`))),
      redo: () => later(() => (value += 1, log.push(`redo ${label}`))),
    }),
  };
}

describe('UndoHistory', () => {
  it('undoes and redoes in order when keys come faster than the steps finish', async () => {
    const history = new UndoHistory();
    const counter = slowCounter();
    history.push(counter.entry('a'));
    history.push(counter.entry('b'));
    const steps = [history.undo(), history.redo(), history.undo(), history.undo()];
    expect(await Promise.all(steps)).toEqual(['b', 'b', 'b', 'a']);
    expect(counter.log).toEqual(['undo b', 'redo b', 'undo b', 'undo a']);
    expect(history.canUndo).toBe(false);
    expect(await history.undo()).toBeNull();
    expect(await history.redo()).toBe('a');
  });

  it('puts a failed step back so it can be tried again, and a new change clears redo', async () => {
    const history = new UndoHistory();
    let fail = true;
    history.push({ label: 'x', undo: async () => (fail ? Promise.reject(new Error('disk full')) : undefined), redo: async () => {} });
    await expect(history.undo()).rejects.toThrow('disk full');
    expect(history.canUndo).toBe(true);
    expect(history.canRedo).toBe(false);
    fail = false;
    expect(await history.undo()).toBe('x');
    expect(history.canRedo).toBe(true);
    history.push({ label: 'y', undo: async () => {}, redo: async () => {} });
    expect(history.canRedo).toBe(false);
  });
});

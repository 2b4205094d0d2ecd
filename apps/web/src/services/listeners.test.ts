import { describe, expect, it } from 'vitest';
import { createListeners } from './listeners';

describe('createListeners', () => {
  it('tells every listener, lets one leave while being told, and clears', () => {
    const listeners = createListeners();
    const heard: string[] = [];
    const offA = listeners.subscribe(() => {
      heard.push('a');
      offA();
    });
    listeners.subscribe(() => heard.push('b'));
    listeners.notify();
    listeners.notify();
    expect(heard).toEqual(['a', 'b', 'b']);
    listeners.clear();
    listeners.notify();
    expect(heard).toEqual(['a', 'b', 'b']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { tradeKeyOf } from './tradeKeys';

function press(key: string, target: HTMLElement, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return tradeKeyOf(event);
}

describe('trading keys', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads B and S on the page as buy and sell, in either case', () => {
    expect(press('b', document.body)).toBe('buy');
    expect(press('S', document.body)).toBe('sell');
    expect(press('x', document.body)).toBeUndefined();
  });

  it('leaves keys typed into a field, with a modifier, or under a dialog alone', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(press('b', input)).toBeUndefined();
    expect(press('b', document.body, { ctrlKey: true })).toBeUndefined();
    expect(press('s', document.body, { metaKey: true })).toBeUndefined();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
    expect(press('b', document.body)).toBeUndefined();
  });
});

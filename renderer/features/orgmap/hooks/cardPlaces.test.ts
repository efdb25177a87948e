import { describe, expect, it } from 'vitest';
import { cardAt, cardInDirection, droppedInPlace } from './cardPlaces.ts';

const card = (id: string, x: number, y: number) => ({ id, type: 'card', position: { x, y } });
//   a   b
//   c       d
const nodes = [
  card('a', 0, 0),
  card('b', 300, 0),
  card('c', 0, 200),
  card('d', 600, 220),
  { id: 'g:dept', type: 'mapGroup', position: { x: 10, y: 10 } },
];

describe('cardInDirection', () => {
  it('goes to the nearest card that way, one off to the side counting double', () => {
    expect(cardInDirection(nodes, 'a', 'ArrowRight')).toBe('b');
    expect(cardInDirection(nodes, 'a', 'ArrowDown')).toBe('c');
    expect(cardInDirection(nodes, 'c', 'ArrowRight')).toBe('d');
    expect(cardInDirection(nodes, 'd', 'ArrowUp')).toBe('b');
    expect(cardInDirection(nodes, 'b', 'ArrowLeft')).toBe('a');
  });

  it('finds nothing past the edge nor from an unknown card, and skips groups', () => {
    expect(cardInDirection(nodes, 'a', 'ArrowUp')).toBeUndefined();
    expect(cardInDirection(nodes, 'x', 'ArrowDown')).toBeUndefined();
    expect(cardInDirection([card('a', 0, 0), nodes[4]!], 'a', 'ArrowDown')).toBeUndefined();
  });
});

describe('cardAt', () => {
  it('finds the card under a point, other than the dragged ones', () => {
    expect(cardAt(nodes, { x: 310, y: 10 }, ['a'])?.id).toBe('b');
    expect(cardAt(nodes, { x: 310, y: 10 }, ['b'])).toBeUndefined();
    expect(cardAt(nodes, { x: 20, y: 20 }, ['a'])).toBeUndefined();
  });
});

describe('droppedInPlace', () => {
  it('takes a wobble of under 2 pixels for no move', () => {
    const start = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 300, y: 0 }],
    ]);
    expect(droppedInPlace([card('a', 1.5, -1), card('b', 300, 1)], start)).toBe(true);
    expect(droppedInPlace([card('a', 0, 2), card('b', 300, 0)], start)).toBe(false);
    expect(droppedInPlace([card('x', 0, 0)], start)).toBe(false);
  });
});

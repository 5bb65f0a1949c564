import { mergeBlocks, packBySize, rowBlocks } from '../../src/excel/readBlocks';

describe('sizing reads', () => {
  it('cuts rows into blocks of about the budget, covering every row once', () => {
    expect(rowBlocks(0, 9, 300, 1000)).toEqual([
      [0, 2],
      [3, 5],
      [6, 8],
      [9, 9],
    ]);
    expect(rowBlocks(5, 5, 10_000, 1000)).toEqual([[5, 5]]);
  });

  it('asks for merged areas in blocks of at most about 400 by the last count, open at the end', () => {
    expect(mergeBlocks({ top: 0, bottom: 99, bytesPerRow: 10, merges: 10 })).toEqual([[0, 1099]]);
    const blocks = mergeBlocks({ top: 0, bottom: 9999, bytesPerRow: 10, merges: 5000 });
    expect(blocks.length).toBeGreaterThanOrEqual(26);
    expect(blocks[blocks.length - 1][1]).toBeGreaterThan(9999);
    blocks.slice(1).forEach((b, i) => expect(b[0]).toBe(blocks[i][1] + 1));
  });

  it('packs items into groups under the budget, an oversized one alone', () => {
    expect(packBySize([1, 2, 3, 9, 1], (n) => n, 5)).toEqual([[1, 2], [3], [9], [1]]);
  });
});

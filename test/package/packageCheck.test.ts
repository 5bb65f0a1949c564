/** The package test's own check can fail: a lost or changed element is reported, an insertion is not. */
import { lostTokens } from './packageCheck';

test('insertions and raised counts are not losses; a removed or changed element is', () => {
  const before = '<names count="1"><n a="1">x</n><empty/></names>';
  expect(lostTokens(before, '<names count="2"><n a="1">x</n><empty><ours/></empty><n a="2">y</n></names>')).toEqual([]);
  expect(lostTokens(before, '<names count="1"><empty/></names>')).toEqual(['<n a="1">', 'x', '</n>']);
  expect(lostTokens(before, '<names count="1"><n a="9">x</n><empty/></names>')).toEqual(['<n a="1">']);
});

// The command-line dispatcher: `vnner extract FILE...` without options skips the option parser (start-up time);
// it must hand runExtract exactly what the option parser would.
import { describe, expect, it, vi } from 'vitest';

const { calls, behaviour } = vi.hoisted(() => ({
  calls: [] as { inputs: string[]; opts: unknown }[],
  behaviour: { fail: false },
}));
vi.mock('../../src/cli/extract.js', () => ({
  runExtract: vi.fn(async (inputs: string[], opts: unknown) => {
    calls.push({ inputs, opts });
    if (behaviour.fail) throw new Error('vnner: boom');
    return 0;
  }),
}));

import { extractDefaults, main, plainExtract } from '../../src/cli/main.js';

const argv = (...a: string[]) => ['node', 'vnner', ...a];

describe('plainExtract', () => {
  it.each([
    [['extract', 'a.txt'], ['a.txt']],
    [['extract', 'a.txt', 'dir/', 'b c.txt'], ['a.txt', 'dir/', 'b c.txt']],
    [['extract'], []],
    [['extract', 'help'], ['help']],
  ])('%j -> %j', (args, inputs) => {
    expect(plainExtract(argv(...args))).toStrictEqual(inputs);
  });

  it.each([
    [['extract', '-f', 'json', 'a.txt']],
    [['extract', 'a.txt', '--dict', 'x.tsv']],
    [['extract', '-']],
    [['extract', '--help']],
    [['extract', '']],
    [['eval', 'fixtures/docs']],
    [['dict', 'stats']],
    [['--version']],
    [[]],
  ])('negative: %j goes through the option parser', (args) => {
    expect(plainExtract(argv(...args))).toBeUndefined();
  });
});

describe('main', () => {
  it.each([
    [['extract', 'a.txt']],
    [['extract', 'a.txt', 'dir/']],
    [['extract']],
  ])('%j: the same inputs and options with and without the option parser', async (args) => {
    calls.length = 0;
    expect(await main(argv(...args))).toBe(0);
    expect(await main(argv(...args), { parser: true })).toBe(0);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toStrictEqual(calls[1]);
    expect(calls[0].opts).toStrictEqual(extractDefaults());
  });

  it('an option is parsed (not the plain path)', async () => {
    calls.length = 0;
    expect(await main(argv('extract', '-f', 'csv', '--dict', 'x.tsv', 'a.txt'))).toBe(0);
    expect(calls[0].opts).toStrictEqual({ ...extractDefaults(), format: 'csv', dict: ['x.tsv'] });
  });

  it('an error thrown by the command is a message and exit code 2 on both paths', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    behaviour.fail = true;
    try {
      expect(await main(argv('extract', 'a.txt'))).toBe(2);
      expect(await main(argv('extract', 'a.txt'), { parser: true })).toBe(2);
      expect(err.mock.calls.map((c) => String(c[0]))).toStrictEqual(['vnner: boom\n', 'vnner: boom\n']);
    } finally {
      behaviour.fail = false;
      err.mockRestore();
    }
  });
});

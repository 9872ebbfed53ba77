import { afterEach, describe, expect, it, vi } from 'vitest';
import { Logger } from '../../functions/shared/observability.ts';

const context = { functionName: 'customers', awsRequestId: 'req-1' };

function capture() {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const lines = (spy: typeof out) =>
    spy.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
  return { out: () => lines(out), err: () => lines(err) };
}

afterEach(() => vi.restoreAllMocks());

describe('logger', () => {
  it('writes one JSON line with the invocation, the appended keys and the extra fields', () => {
    const logs = capture();
    const logger = new Logger('INFO', 'sales-department');
    logger.startInvocation(context);
    logger.appendKeys({ correlationId: 'c-1' });
    logger.info('order submitted', { orderId: 'o-1' });
    expect(logs.out()).toEqual([
      expect.objectContaining({
        level: 'INFO',
        message: 'order submitted',
        service: 'sales-department',
        function_name: 'customers',
        function_request_id: 'req-1',
        cold_start: true,
        correlationId: 'c-1',
        orderId: 'o-1',
      }),
    ]);
  });

  it('starts each invocation without the last one’s keys, and only the first is a cold start', () => {
    const logs = capture();
    const logger = new Logger('INFO');
    logger.startInvocation(context);
    logger.appendKeys({ eventId: 'e-1' });
    logger.startInvocation({ ...context, awsRequestId: 'req-2' });
    logger.info('second');
    const [line] = logs.out();
    expect(line).not.toHaveProperty('eventId');
    expect(line).toMatchObject({ function_request_id: 'req-2', cold_start: false });
  });

  it('writes warnings and errors to stderr, an error with its name, message, stack and cause', () => {
    const logs = capture();
    const logger = new Logger('INFO');
    logger.error('failed', new Error('outer', { cause: new TypeError('inner') }));
    logger.warn('refused', { refused: new Error('nested') });
    const [failed, refused] = logs.err();
    expect(failed).toMatchObject({
      level: 'ERROR',
      error: { name: 'Error', message: 'outer', cause: { name: 'TypeError', message: 'inner' } },
    });
    expect((failed!.error as { stack: string }).stack).toContain('observability.test.ts');
    expect(refused).toMatchObject({ level: 'WARN', refused: { message: 'nested' } });
    expect(logs.out()).toEqual([]);
  });

  it('leaves out lines under its level, and SILENT writes none', () => {
    const logs = capture();
    const warnings = new Logger('warn');
    warnings.info('not written');
    warnings.warn('written');
    const silent = new Logger('SILENT');
    silent.error('not written either');
    expect(logs.out()).toEqual([]);
    expect(logs.err().map((line) => line.message)).toEqual(['written']);
  });

  it('writes the line without fields it cannot serialize', () => {
    const logs = capture();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    new Logger('INFO').info('with a cycle', { cyclic });
    expect(logs.out()).toEqual([expect.objectContaining({ level: 'INFO', message: 'with a cycle' })]);
  });
});

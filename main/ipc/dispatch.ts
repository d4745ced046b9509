import {
  ipcContract,
  type IpcMethod,
  type IpcParsedRequest,
  type IpcResponse,
} from '../../shared/ipc/contract';
import { describeZodError, fail, ok, type IpcResult } from '../../shared/ipc/result';

export type IpcHandlers = {
  [M in IpcMethod]: (request: IpcParsedRequest<M>) => Promise<IpcResponse<M>>;
};

/** A failure a handler reports on purpose, with a message meant for the consultant. */
export class UserFacingError extends Error {}

/**
 * Parses an untrusted payload with the method's schema, runs the handler and wraps the outcome.
 * A handler body never sees unparsed input; nothing runs when the payload does not parse.
 */
export async function dispatch<M extends IpcMethod>(
  handlers: IpcHandlers,
  method: M,
  payload: unknown,
): Promise<IpcResult<IpcResponse<M>>> {
  const spec = ipcContract[method];
  const parsed = spec.request.safeParse(payload);
  if (!parsed.success) {
    return fail(
      'invalid-request',
      `Session Studio refused the request: ${describeZodError(parsed.error)}`,
    );
  }
  try {
    const handler = handlers[method] as (request: unknown) => Promise<IpcResponse<M>>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof UserFacingError) return fail('failed', error.message);
    console.error(`[ipc] ${spec.channel} failed`, error);
    return fail('failed', 'Something went wrong in Session Studio. Nothing was changed.');
  }
}

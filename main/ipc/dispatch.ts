import {
  ipcContract,
  type IpcMethod,
  type IpcParsedRequest,
  type IpcResponse,
} from '../../shared/ipc/contract';
import { describeZodError, fail, ok, type IpcResult } from '../../shared/ipc/result';
import { UserFacingError } from './user-facing-error';

/**
 * Requests main's thread does not parse: the marketing plan's snapshot is large enough that its
 * schema would hold the thread (and every menu and dialog) for a tenth of a second. Its handler
 * gets the payload unread and hands it to the document worker, which parses it with the same
 * contract schema before anything reads it (main/documents/document-order.ts).
 */
export const parsedOffMainThread = ['exportMarketingPlanDocx'] as const;
type ParsedOffMainThread = (typeof parsedOffMainThread)[number];

/** A request passed on as it arrived, to be parsed by its schema where it is used. */
export interface UnparsedRequest {
  readonly unparsed: unknown;
}

export type IpcHandlers = {
  [M in IpcMethod]: (
    request: M extends ParsedOffMainThread ? UnparsedRequest : IpcParsedRequest<M>,
  ) => Promise<IpcResponse<M>>;
};

export { UserFacingError };

/** A request that did not parse where it was parsed: refused as an invalid request. */
export class RefusedRequestError extends Error {}

function isParsedOffMainThread(method: IpcMethod): method is ParsedOffMainThread {
  return (parsedOffMainThread as readonly IpcMethod[]).includes(method);
}

/**
 * Parses an untrusted payload with the method's schema, runs the handler and wraps the outcome.
 * A handler body never sees unparsed input; nothing runs when the payload does not parse. The
 * few requests parsed off main's thread reach their handler wrapped as UnparsedRequest, which it
 * can only pass on to where they are parsed.
 */
export async function dispatch<M extends IpcMethod>(
  handlers: IpcHandlers,
  method: M,
  payload: unknown,
): Promise<IpcResult<IpcResponse<M>>> {
  const spec = ipcContract[method];
  let request: unknown;
  if (isParsedOffMainThread(method)) request = { unparsed: payload } satisfies UnparsedRequest;
  else {
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return fail(
        'invalid-request',
        `Session Studio refused the request: ${describeZodError(parsed.error)}`,
      );
    }
    request = parsed.data;
  }
  try {
    const handler = handlers[method] as (request: unknown) => Promise<IpcResponse<M>>;
    return ok(await handler(request));
  } catch (error) {
    if (error instanceof RefusedRequestError) return fail('invalid-request', error.message);
    if (error instanceof UserFacingError) return fail('failed', error.message);
    console.error(`[ipc] ${spec.channel} failed`, error);
    return fail('failed', 'Something went wrong in Session Studio. Nothing was changed.');
  }
}

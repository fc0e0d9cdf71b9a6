// The only place the app calls a cloud function: typed by the feature's contract, answered as the
// output (parsed with the contract) or thrown as a CloudError with a plain-Chinese message.
import { functionOf } from '../../domain/action';
import type { Contract, InputOf, OutputOf } from '../../domain/contract';
import { CloudError, SERVICE_MESSAGE } from './cloud-error';
import { unwrap } from './envelope';
import { invoke } from './transport';

export { CloudError, NETWORK_MESSAGE, SERVICE_MESSAGE, toCloudError } from './cloud-error';
export { setBaseUrl } from './base-url';

/**
 * Calls `action` ("account.me") on its function ("account") with the event `{ action, ...input }`.
 * Rejects with CloudError: the server's code/message/issues for `ok: false`; `network` when the
 * call never got through; `internal` for anything unreadable.
 */
export async function call<C extends Contract, A extends keyof C & string>(
  contract: C,
  action: A,
  input: InputOf<C, A>,
): Promise<OutputOf<C, A>> {
  const event = { action, ...(input as Record<string, unknown>) };
  const data = unwrap(await invoke(functionOf(action), event));
  // the output schema is the wire shape: parsing keeps the declared type honest if app and
  // function versions drift apart
  const parsed = contract[action].output.safeParse(data);
  if (!parsed.success) throw new CloudError('internal', SERVICE_MESSAGE);
  return parsed.data as OutputOf<C, A>;
}

/**
 * The same call for the main package's few actions, typed by the contract's type only: the main
 * package carries no schemas (and so no zod), so the output is taken as the function sent it.
 * Subpackages use `call`.
 */
export function mainCaller<C extends Contract>() {
  return async <A extends keyof C & string>(
    action: A,
    input: InputOf<C, A>,
  ): Promise<OutputOf<C, A>> => {
    const event = { action, ...(input as Record<string, unknown>) };
    return unwrap(await invoke(functionOf(action), event)) as OutputOf<C, A>;
  };
}

import { useMutation, type UseMutationOptions } from '@tanstack/react-query';

type TaskOptions<TData, TVars> = Pick<
  UseMutationOptions<TData, unknown, TVars>,
  'onSuccess' | 'onError' | 'onSettled'
>;

/**
 * A task that writes nothing to the workspace (print, export to a file): its busy and error
 * state come from a mutation, as a write's do (writes use data/useWrite, which also refreshes).
 */
export function useTask<TVars = void, TData = unknown>(
  run: (vars: TVars) => Promise<TData>,
  options: TaskOptions<TData, TVars> = {},
) {
  return useMutation<TData, unknown, TVars>({ mutationFn: run, ...options });
}

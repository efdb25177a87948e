import { QueryClient } from '@tanstack/react-query';
import { RpcError } from '../api/RpcError.ts';

/**
 * A refused request will be refused again; only a missing answer is worth one more try. Which
 * views refresh after a write is renderer/data's business (the server says what changed).
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failures, error) =>
          error instanceof RpcError && error.code === 'unreachable' && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}

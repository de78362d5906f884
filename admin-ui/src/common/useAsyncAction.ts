import { useCallback, useRef, useState } from 'react';

/**
 * Runs one async call at a time and exposes whether it is pending, for
 * buttons that must not send the same action twice.
 */
export const useAsyncAction = <Args extends unknown[], Result>(
  run: (...args: Args) => Promise<Result>,
) => {
  const [isPending, setPending] = useState(false);
  const pending = useRef(false);

  const execute = useCallback(
    async (...args: Args): Promise<Result | undefined> => {
      if (pending.current) return undefined;
      pending.current = true;
      setPending(true);
      try {
        return await run(...args);
      } finally {
        pending.current = false;
        setPending(false);
      }
    },
    [run],
  );

  return { execute, isPending };
};

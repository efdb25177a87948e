/**
 * Calls `onOrphaned` once this process's parent has gone. `npm run serve` and `npm start` run us
 * under `sh -c`: a signal to npm ends that shell but not us, which would leave us running unseen.
 */
export function exitWhenOrphaned(onOrphaned: () => void, intervalMs = 500): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, intervalMs);
  timer.unref();
}

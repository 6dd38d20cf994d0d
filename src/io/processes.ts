/**
 * Whether a process id is running on this machine. Signal 0 checks without
 * signalling; EPERM means it exists but belongs to another user.
 *
 * @example isProcessAlive(process.pid) // true
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

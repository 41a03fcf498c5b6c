/** Start-up failed in a way the operator can act on (Discord unreachable, the token refused…): one line, no stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

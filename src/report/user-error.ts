/** An error in what the user gave (config, flags, folders), reported as a message without a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}

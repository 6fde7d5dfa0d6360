// Thrown by describeSelection for a selection that cannot become a passage. The service maps it to
// the contract's invalid_input; `reason` lets callers and tests tell the cases apart.

export type AnchorErrorReason = 'invalid_range' | 'whitespace_only' | 'too_long';

export class AnchorError extends Error {
  readonly reason: AnchorErrorReason;

  constructor(reason: AnchorErrorReason, message: string) {
    super(message);
    this.name = 'AnchorError';
    this.reason = reason;
  }
}

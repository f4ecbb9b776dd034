// When an account's sessions end: every token carries the account's session epoch, and moving the
// epoch on refuses all tokens issued before. Password changes and resets, revocations,
// cancellations, disables, re-enables, reactivations and new roles or offices all end sessions.

export interface SessionFields {
  sessionEpoch?: number;
}

/** The account with its sessions ended (its next token gets the new epoch). */
export function endSessions<T extends SessionFields>(account: T): T {
  return { ...account, sessionEpoch: (account.sessionEpoch ?? 0) + 1 };
}

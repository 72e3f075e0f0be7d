import 'server-only';

import { APIError } from 'better-auth/api';

/** What of better-auth's context setting a password needs (its internal adapter and password hashing). */
export type PasswordContext = {
  internalAdapter: {
    findCredentialAccount: (userId: string) => Promise<unknown>;
    updatePassword: (userId: string, hash: string) => Promise<void>;
    linkAccount: (account: {
      providerId: string;
      accountId: string;
      userId: string;
      password: string;
    }) => Promise<unknown>;
    deleteUserSessions: (userId: string) => Promise<void>;
  };
  password: {
    hash: (password: string) => Promise<string>;
    config: { minPasswordLength: number; maxPasswordLength: number };
  };
};

/**
 * Sets `userId`'s password, hashed by better-auth within its length rules (an invite link, the CLI's reset), and
 * ends their sessions: whoever had the old password is signed out.
 */
export async function setPasswordWith(
  context: PasswordContext,
  userId: string,
  password: string,
): Promise<void> {
  const { minPasswordLength, maxPasswordLength } = context.password.config;
  if (password.length < minPasswordLength) {
    throw APIError.from('BAD_REQUEST', {
      code: 'PASSWORD_TOO_SHORT',
      message: `Use at least ${minPasswordLength} characters.`,
    });
  }
  if (password.length > maxPasswordLength) {
    throw APIError.from('BAD_REQUEST', {
      code: 'PASSWORD_TOO_LONG',
      message: `Use at most ${maxPasswordLength} characters.`,
    });
  }
  const hash = await context.password.hash(password);
  const { internalAdapter } = context;
  if (await internalAdapter.findCredentialAccount(userId)) await internalAdapter.updatePassword(userId, hash);
  else
    await internalAdapter.linkAccount({
      providerId: 'credential',
      accountId: userId,
      userId,
      password: hash,
    });
  await internalAdapter.deleteUserSessions(userId);
}

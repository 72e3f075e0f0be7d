/**
 * What the Users page, the invite page and the account page send, checked the same way in the browser (inline
 * errors) and by the route handlers (a 400 naming the field). Browser-safe.
 */
import { z } from 'zod';

import { EmailSchema, NameSchema, PasswordSchema } from './account-schemas';
import { ROLES } from './permissions';

export const RoleSchema = z.enum(ROLES, { error: 'Choose a role: viewer, operator or admin.' });

/** How the new person gets in: a first password the admin passes on, or a one-time link they open themselves. */
export const AddUserSchema = z.discriminatedUnion('access', [
  z.object({
    access: z.literal('password'),
    name: NameSchema,
    email: EmailSchema,
    role: RoleSchema,
    password: PasswordSchema,
  }),
  z.object({ access: z.literal('invite'), name: NameSchema, email: EmailSchema, role: RoleSchema }),
]);
export type AddUserInput = z.infer<typeof AddUserSchema>;

/** One change at a time: a new role, or disabling/enabling the account. */
export const UpdateUserSchema = z.union([
  z.object({ role: RoleSchema }).strict(),
  z
    .object({ status: z.enum(['active', 'disabled'], { error: 'Status is "active" or "disabled".' }) })
    .strict(),
]);
export type UpdateUserInput = z.infer<typeof UpdateUserSchema>;

export const AcceptInviteSchema = z.object({
  token: z.string().min(1, 'The invite link is incomplete.').max(200),
  password: PasswordSchema,
});
export type AcceptInviteInput = z.infer<typeof AcceptInviteSchema>;

/** The invite page's form: the password twice, so a typo doesn't lock the new person out at once. */
export const SetPasswordFormSchema = z
  .object({ password: PasswordSchema, confirm: z.string() })
  .refine((form) => form.password === form.confirm, {
    path: ['confirm'],
    message: 'The passwords don’t match.',
  });
export type SetPasswordFormInput = z.infer<typeof SetPasswordFormSchema>;

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: PasswordSchema,
    confirm: z.string(),
  })
  .refine((form) => form.newPassword === form.confirm, {
    path: ['confirm'],
    message: 'The passwords don’t match.',
  })
  .refine((form) => form.newPassword !== form.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

/** A user as the Users page lists them. Times are ISO strings. */
export type UserStatus = 'active' | 'disabled' | 'invited' | 'invite_expired';
export type UserSummary = {
  id: string;
  name: string;
  email: string;
  role: string | null;
  status: UserStatus;
  createdAt: string;
  /** The newest session still open (sessions end at sign-out), or null. */
  lastSignInAt: string | null;
  /** While an invite is waiting to be used. */
  inviteExpiresAt: string | null;
};

/** A one-time link, returned once when it is made. `path` is joined to the origin the admin is using. */
export type InviteLink = { path: string; expiresAt: string };

export const INVITE_DAYS = 7;
export const INVITE_PATH_PREFIX = '/invite/';

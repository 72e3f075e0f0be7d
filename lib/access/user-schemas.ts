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

/**
 * The Users page's add form: the same rules, over fields that are all there at once (the password field is
 * checked only when "Set a first password" is chosen), giving what the endpoint takes.
 */
export const AddUserFormSchema = z
  .object({
    access: z.enum(['invite', 'password']),
    name: NameSchema,
    email: EmailSchema,
    role: RoleSchema,
    password: z.string(),
  })
  .superRefine((form, context) => {
    if (form.access !== 'password') return;
    const checked = PasswordSchema.safeParse(form.password);
    if (!checked.success) {
      context.addIssue({ code: 'custom', path: ['password'], message: checked.error.issues[0]!.message });
    }
  })
  .transform(({ access, password, ...person }): AddUserInput =>
    access === 'password' ? { access, password, ...person } : { access, ...person },
  );
export type AddUserForm = z.input<typeof AddUserFormSchema>;

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
    /** End every other session of the account as well (this one carries on). */
    signOutOthers: z.boolean(),
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

/** Why an invite link can't be used, for the invite page and the accept endpoint alike. */
export type InviteProblem = 'used' | 'expired' | 'unknown' | 'disabled';
export const INVITE_PROBLEMS: Record<InviteProblem, { title: string; detail: string }> = {
  used: {
    title: 'This invite link has already been used',
    detail: 'Each link works once. Sign in with the password you chose, or ask an admin for a new link.',
  },
  expired: {
    title: 'This invite link has expired',
    detail: `Links are valid for ${INVITE_DAYS} days. Ask an admin of this dashboard for a new one.`,
  },
  unknown: {
    title: 'This invite link isn’t valid',
    detail: 'Check that you opened the whole link. If it still fails, ask an admin for a new one.',
  },
  disabled: {
    title: 'This account is disabled',
    detail: 'An admin disabled it after sending the link. Ask them to enable it.',
  },
};

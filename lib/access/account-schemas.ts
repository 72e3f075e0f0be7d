/**
 * What the account forms accept, checked the same way in the browser (inline errors) and on the server
 * (a 400 naming the field). Passwords of 12 characters or more, as the issue and better-auth are set up for.
 */
import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter an email address, like ada@example.com.'));

export const NameSchema = z.string().trim().min(1, 'Enter a name.').max(100, 'Use at most 100 characters.');

export const SetupSchema = z.object({ name: NameSchema, email: EmailSchema, password: PasswordSchema });
export type SetupInput = z.infer<typeof SetupSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  // Any length: a sign-in form must not reveal the password rules of an account.
  password: z.string().min(1, 'Enter your password.'),
});
export type SignInInput = z.infer<typeof SignInSchema>;

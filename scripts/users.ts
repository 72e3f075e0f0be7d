/**
 * `npm run users -- <command>`: add, list, set-role, disable, enable and reset-password, on the app's own
 * database while the app runs. Run `npm run users -- help` for the usage; the logic is lib/auth/users-cli.ts.
 */
import { openAppAccounts, run } from '@/lib/auth/users-cli';

run(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  open: () => openAppAccounts(process.env),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);

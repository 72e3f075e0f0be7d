'use client';

import { Alert } from '@/components/ui/alert';
import { CopyButton } from '@/components/ui/copy-button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useTimeZone } from '@/lib/client/time-zone';
import { formatAbsoluteTime } from '@/lib/format/time';
import type { InviteLink } from '@/lib/access/user-schemas';
import { inviteUrl } from '@/lib/client/users';

/**
 * A one-time link, shown once: the server keeps only its hash, so closing this is the last chance to copy it.
 * The admin passes it on however they like (chat, email); whoever opens it sets the password.
 */
export function InviteLinkPanel({ name, invite }: { name: string; invite: InviteLink }) {
  const url = inviteUrl(invite.path);
  // Shown only after the admin creates the invite, in the browser: the zone is known.
  const { timeZone } = useTimeZone();
  return (
    <div className="flex flex-col gap-4">
      <Field
        label={`Invite link for ${name}`}
        hint={`Works once, until ${formatAbsoluteTime(invite.expiresAt, { timeZone })}.`}
        labelAside={
          <CopyButton value={url} label="Copy invite link" size="sm" variant="secondary">
            Copy
          </CopyButton>
        }
      >
        <Input
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="font-mono text-[13px]"
          data-testid="invite-link"
        />
      </Field>
      <Alert tone="warning" title="Copy it now: it is shown only this once">
        Send it to {name} yourself. If it gets lost or expires, make a new one from the user’s actions.
      </Alert>
    </div>
  );
}

'use client';

import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { CodeTabs } from '@/components/ui/code-tabs';
import { CONNECT_SNIPPETS } from '@/lib/snippets/connect';

type ConnectCardProps = {
  sandboxId: string;
  /** Where $SUPERSERVE_BASE_URL points when unset: this dashboard's /emulator in local mode, else the API. */
  baseUrl: string;
  local: boolean;
};

/** Copyable code that reaches this sandbox from outside the dashboard: the SDKs' Sandbox.connect, or curl. */
export function ConnectCard({ sandboxId, baseUrl, local }: ConnectCardProps) {
  const tabs = CONNECT_SNIPPETS.map((snippet) => ({
    id: snippet.id,
    label: snippet.label,
    code: snippet.build(sandboxId, { defaultBaseUrl: baseUrl }),
  }));

  return (
    <Card aria-labelledby="connect-heading">
      <CardHeader
        id="connect-heading"
        title="Connect"
        description="Reach this sandbox from your code. The API key is read from $SUPERSERVE_API_KEY."
      />
      <CardBody className="flex flex-col gap-3">
        <CodeTabs tabs={tabs} label="Language" testId="connect-snippet" />
        {local ? (
          <p className="text-fg-subtle text-xs">
            Against the embedded API, the SDKs’ connect, pause, resume and update work; their{' '}
            <code className="font-mono">commands</code> go to Superserve’s own data plane, so run commands
            locally with curl or this page’s console.
          </p>
        ) : null}
      </CardBody>
    </Card>
  );
}

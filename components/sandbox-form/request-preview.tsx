'use client';

/**
 * The live request preview: the exact JSON body the form will POST, and the same request as curl, TypeScript
 * SDK and Python code. For a sandbox, env-var values stay placeholders unless the user reveals them; a template
 * (TemplateRequestPreview) holds no secrets.
 */
import type { CreateSandboxRequest, CreateTemplateRequestInput } from '@/lib/contract';
import {
  curlSnippet,
  jsonSnippet,
  pythonSnippet,
  typescriptSnippet,
  type SnippetOptions,
} from '@/lib/snippets/request';
import {
  templateCurlSnippet,
  templateJsonSnippet,
  templatePythonSnippet,
  templateTypescriptSnippet,
} from '@/lib/snippets/template-request';
import { Button } from '@/components/ui/button';
import { CodeTabs } from '@/components/ui/code-tabs';
import { EyeIcon, EyeOffIcon } from '@/components/ui/icons';

const TABS = [
  { id: 'json', label: 'JSON', build: jsonSnippet },
  { id: 'curl', label: 'curl', build: curlSnippet },
  { id: 'typescript', label: 'TypeScript', build: typescriptSnippet },
  { id: 'python', label: 'Python', build: pythonSnippet },
] as const;

export type RequestPreviewProps = {
  body: CreateSandboxRequest;
  revealEnv: boolean;
  onRevealEnvChange: (reveal: boolean) => void;
  idempotencyKey?: string;
  /** Where $SUPERSERVE_BASE_URL points when unset, e.g. this dashboard's /emulator in local mode. */
  defaultBaseUrl?: string;
};

export function RequestPreview({
  body,
  revealEnv,
  onRevealEnvChange,
  idempotencyKey,
  defaultBaseUrl,
}: RequestPreviewProps) {
  const options: SnippetOptions = { revealEnv, idempotencyKey, defaultBaseUrl };
  const tabs = TABS.map((tab) => ({ id: tab.id, label: tab.label, code: tab.build(body, options) }));
  const hasEnv = body.env_vars !== undefined;

  return (
    <div className="flex flex-col gap-3">
      <CodeTabs tabs={tabs} label="Request format" testId="request-preview" panelClassName="max-h-[28rem]" />
      {hasEnv ? (
        <div className="flex items-center justify-between gap-2 text-xs">
          <span className="text-fg-muted">
            {revealEnv ? 'Env var values are shown.' : 'Env var values are hidden.'}
          </span>
          <Button
            variant="ghost"
            size="sm"
            aria-pressed={revealEnv}
            onClick={() => onRevealEnvChange(!revealEnv)}
          >
            {revealEnv ? <EyeOffIcon /> : <EyeIcon />}
            {revealEnv ? 'Hide values' : 'Reveal values'}
          </Button>
        </div>
      ) : null}
      <ApiKeyNote />
    </div>
  );
}

function ApiKeyNote() {
  return (
    <p className="text-fg-subtle text-xs">
      The API key is read from <code className="font-mono">$SUPERSERVE_API_KEY</code>; it never appears here.
    </p>
  );
}

export type TemplateRequestPreviewProps = {
  body: CreateTemplateRequestInput;
  idempotencyKey?: string;
  defaultBaseUrl?: string;
};

/** The same preview for `POST /templates`, the template create form's body. */
export function TemplateRequestPreview({
  body,
  idempotencyKey,
  defaultBaseUrl,
}: TemplateRequestPreviewProps) {
  const options = { idempotencyKey, defaultBaseUrl };
  const tabs = [
    { id: 'json', label: 'JSON', code: templateJsonSnippet(body) },
    { id: 'curl', label: 'curl', code: templateCurlSnippet(body, options) },
    { id: 'typescript', label: 'TypeScript', code: templateTypescriptSnippet(body) },
    { id: 'python', label: 'Python', code: templatePythonSnippet(body, options) },
  ];
  return (
    <div className="flex flex-col gap-3">
      <CodeTabs tabs={tabs} label="Request format" testId="request-preview" panelClassName="max-h-[28rem]" />
      <ApiKeyNote />
    </div>
  );
}

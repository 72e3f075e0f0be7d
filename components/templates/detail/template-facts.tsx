'use client';

import { AbsoluteTime } from '@/components/ui/absolute-time';
import { Card, CardHeader } from '@/components/ui/card';
import { Fact } from '@/components/ui/fact';
import { RelativeTime } from '@/components/ui/relative-time';
import type { TemplateResponse } from '@/lib/contract';
import { formatBytes } from '@/lib/format/bytes';
import { formatMemoryMib, formatVcpu } from '@/lib/format/resources';
import { isSystemTemplate } from '@/lib/templates/actions';
import { describeStep } from '@/lib/templates/step-view';

function When({ value, none }: { value: string | null | undefined; none: string }) {
  if (!value) return <span className="text-fg-muted">{none}</span>;
  return (
    <>
      <RelativeTime value={value} className="block" />
      <AbsoluteTime value={value} className="text-fg-subtle block text-xs" />
    </>
  );
}

function Command({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="text-fg-muted">None</span>;
  return <code className="font-mono text-xs break-all">{value}</code>;
}

/** The steps in order, each with its kind as a word, so the list reads like the Dockerfile it may come from. */
function StepList({ steps }: { steps: readonly unknown[] }) {
  if (steps.length === 0) return <p className="text-fg-muted px-5 py-3.5 text-sm">No build steps.</p>;
  return (
    <ol aria-label="Build steps" className="divide-line divide-y">
      {steps.map((step, index) => {
        const view = describeStep(step);
        return (
          <li key={index} className="flex items-baseline gap-3 px-5 py-2 text-sm">
            <span className="text-fg-subtle w-6 shrink-0 text-right text-xs tabular-nums">{index + 1}.</span>
            <span className="text-fg-muted w-16 shrink-0 font-mono text-xs font-semibold">{view.label}</span>
            <code className="text-fg min-w-0 font-mono text-xs break-all whitespace-pre-wrap">
              {view.text}
            </code>
          </li>
        );
      })}
    </ol>
  );
}

/** What the template is: resources, base image, steps, commands, and when it was made and last built. */
export function TemplateFacts({ template }: { template: TemplateResponse }) {
  const spec = template.build_spec;
  const system = isSystemTemplate(template);
  return (
    <Card aria-labelledby="template-facts-heading">
      <CardHeader
        id="template-facts-heading"
        title="Details"
        description={
          spec
            ? 'What the image is built from, in order.'
            : system
              ? 'A curated template: its build recipe is not published.'
              : "The API didn't send this template's build recipe."
        }
      />
      <dl className="divide-line border-line grid grid-cols-2 divide-y border-b sm:grid-cols-4 sm:divide-y-0 lg:divide-x">
        <Fact label="vCPU">{formatVcpu(template.vcpu)}</Fact>
        <Fact label="Memory">{formatMemoryMib(template.memory_mib)}</Fact>
        <Fact label="Disk">{formatMemoryMib(template.disk_mib)}</Fact>
        <Fact label="Size">
          {typeof template.size_bytes === 'number' ? (
            formatBytes(template.size_bytes)
          ) : (
            <span className="text-fg-muted">Not built yet</span>
          )}
        </Fact>
      </dl>
      <dl className="divide-line border-line grid grid-cols-1 divide-y border-b sm:grid-cols-2 sm:divide-x sm:divide-y-0">
        <Fact label="Created">
          <When value={template.created_at} none="Not reported" />
        </Fact>
        <Fact label="Last built">
          <When value={template.built_at} none="Never built successfully" />
        </Fact>
      </dl>
      {spec ? (
        <>
          <dl className="divide-line border-line grid grid-cols-1 divide-y border-b sm:grid-cols-3 sm:divide-x sm:divide-y-0">
            <Fact label="Base image">
              <code className="font-mono text-xs break-all">{spec.from}</code>
            </Fact>
            <Fact label="Start command">
              <Command value={spec.start_cmd} />
            </Fact>
            <Fact label="Ready command">
              <Command value={spec.ready_cmd} />
            </Fact>
          </dl>
          <h3 className="text-fg-subtle px-5 pt-3.5 text-xs font-medium">Build steps</h3>
          <StepList steps={spec.steps ?? []} />
        </>
      ) : null}
    </Card>
  );
}

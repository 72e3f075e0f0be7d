'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { MouseEvent } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { RelativeTime } from '@/components/ui/relative-time';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { SandboxListItem } from '@/lib/contract';
import { formatMemoryMib, formatVcpu } from '@/lib/format/resources';
import { StatusBadge } from './status-badge';

export function sandboxHref(id: string): string {
  return `/sandboxes/${encodeURIComponent(id)}`;
}

/** Clicks on controls inside a row (links, buttons, checkboxes, menus) keep their own meaning. */
function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('a, button, input, select, textarea, label, [role="menuitem"]') !== null
  );
}

function SandboxRow({ sandbox }: { sandbox: SandboxListItem }) {
  const router = useRouter();
  const href = sandboxHref(sandbox.id);

  // The name is the real link (keyboard, screen readers, open-in-new-tab); the rest of the row is a larger
  // mouse target that does the same, unless the user is selecting text.
  function onClick(event: MouseEvent<HTMLTableRowElement>) {
    if (isInteractive(event.target) || window.getSelection()?.toString()) return;
    if (event.metaKey || event.ctrlKey) window.open(href, '_blank', 'noopener');
    else router.push(href);
  }

  return (
    <Tr onClick={onClick} className="group hover:bg-surface-hover/70 cursor-pointer transition-colors">
      <Td className="max-w-[22rem]">
        <Link
          href={href}
          className="text-fg group-hover:text-accent-text block truncate font-medium hover:underline"
        >
          {sandbox.name}
        </Link>
      </Td>
      <Td>
        <StatusBadge status={sandbox.status} />
      </Td>
      <Td className="text-fg-muted text-right whitespace-nowrap tabular-nums">
        {formatVcpu(sandbox.vcpu_count)}
      </Td>
      <Td className="text-fg-muted text-right whitespace-nowrap tabular-nums">
        {formatMemoryMib(sandbox.memory_mib)}
      </Td>
      <Td className="text-fg-muted whitespace-nowrap">
        <RelativeTime value={sandbox.created_at} />
      </Td>
    </Tr>
  );
}

function Columns() {
  return (
    <THead>
      <Tr>
        <Th>Name</Th>
        <Th>Status</Th>
        <Th className="text-right">vCPU</Th>
        <Th className="text-right">Memory</Th>
        <Th>Created</Th>
      </Tr>
    </THead>
  );
}

export function SandboxTable({ sandboxes }: { sandboxes: SandboxListItem[] }) {
  return (
    <Table label="Sandboxes">
      <Columns />
      <TBody>
        {sandboxes.map((sandbox) => (
          <SandboxRow key={sandbox.id} sandbox={sandbox} />
        ))}
      </TBody>
    </Table>
  );
}

/** The table's shape with grey bars, so the page doesn't jump when the rows arrive. */
export function SandboxTableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Table label="Sandboxes (loading)" aria-busy="true">
      <Columns />
      <TBody>
        {Array.from({ length: rows }, (_, index) => (
          <Tr key={index}>
            <Td>
              <Skeleton className="h-4 w-40" />
              <Skeleton className="mt-1.5 h-3 w-16" />
            </Td>
            <Td>
              <Skeleton className="h-5 w-16 rounded-full" />
            </Td>
            <Td>
              <Skeleton className="ml-auto h-4 w-12" />
            </Td>
            <Td>
              <Skeleton className="ml-auto h-4 w-12" />
            </Td>
            <Td>
              <Skeleton className="h-4 w-24" />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

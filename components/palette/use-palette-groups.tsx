'use client';

import { useTheme } from 'next-themes';
import { usePathname, useRouter } from 'next/navigation';
import { useActor } from '@/components/account/actor-context';
import { TemplateStatusBadge } from '@/components/templates/template-status-badge';
import { can } from '@/lib/access/permissions';
import { THEME_CHOICES, THEME_LABELS } from '@/lib/client/theme';
import { useTimeZone, type TimeZoneChoice } from '@/lib/client/time-zone';
import { useTemplates } from '@/lib/client/templates';
import { CREATE, PAGES, allowedDestinations, sandboxIdInPath } from '@/lib/palette/destinations';
import { rankItems } from '@/lib/palette/rank';
import type { PaletteEntry, PaletteGroup } from './palette-types';
import { useSandboxGroup, useThisSandboxGroup } from './sandbox-groups';
import type { SandboxRunner } from './use-sandbox-runner';

/** Shown (and searched) only once something is typed: templates are many and found by name. */
const TEMPLATE_LIMIT = 6;

const CURRENT = <span className="text-fg-subtle text-xs">Current</span>;

const TIME_ZONE_LABELS: Record<TimeZoneChoice, string> = {
  local: 'Show times in your time zone',
  utc: 'Show times in UTC',
};

function groupOf(id: string, heading: string, entries: PaletteEntry[]): PaletteGroup | undefined {
  return entries.length > 0 ? { id, heading, entries } : undefined;
}

/** The templates matching the query, filtered in the browser (the API has no name search for them). */
function useTemplateGroup(query: string, open: boolean, allowed: boolean): PaletteGroup | undefined {
  const router = useRouter();
  const needle = query.trim();
  const { data, error, isPending } = useTemplates({}, { enabled: open && allowed });
  if (!allowed || needle === '') return undefined;
  if (error && !data) {
    return {
      id: 'templates',
      heading: 'Templates',
      entries: [],
      notice: { kind: 'error', text: 'Couldn’t load the templates.' },
    };
  }
  if (isPending)
    return {
      id: 'templates',
      heading: 'Templates',
      entries: [],
      notice: { kind: 'loading', text: 'Loading templates…' },
    };
  const ranked = rankItems(
    (data ?? []).map((template) => ({ template, text: template.name, id: template.id })),
    needle,
  ).slice(0, TEMPLATE_LIMIT);
  return groupOf(
    'templates',
    'Templates',
    ranked.map(({ template }) => ({
      value: `template:${template.id}`,
      label: template.name,
      detail: template.id,
      aside: <TemplateStatusBadge status={template.status} />,
      run: () => router.push(`/templates/${encodeURIComponent(template.id)}`),
    })),
  );
}

/**
 * Every group of the palette for this query, in the order shown: this sandbox's actions (on its page), sandboxes,
 * templates, pages, create, theme, time zone. Each group is ranked on its own (lib/palette/rank); a group with
 * nothing to show is left out, except the sandboxes' own loading, error and no-match rows.
 */
export function usePaletteGroups(
  query: string,
  open: boolean,
  runner: SandboxRunner,
  onShowShortcuts: () => void,
): PaletteGroup[] {
  const router = useRouter();
  const pathname = usePathname();
  const role = useActor()?.role;
  const { theme, setTheme } = useTheme();
  const timeZone = useTimeZone();
  const needle = query.trim();

  const thisSandbox = useThisSandboxGroup(open, sandboxIdInPath(pathname), role, needle, runner);
  const sandboxes = useSandboxGroup(query, open);
  const templates = useTemplateGroup(query, open, can(role, 'template.read'));

  const destinations = (list: typeof PAGES, prefix: string) =>
    rankItems(
      allowedDestinations(list, role).map((page) => ({ ...page, text: page.label })),
      needle,
    ).map((page): PaletteEntry => ({
      value: `${prefix}:${page.href}`,
      label: page.label,
      detail: page.href,
      aside: page.href === pathname ? CURRENT : undefined,
      run: () => router.push(page.href),
    }));

  const themes = rankItems(
    THEME_CHOICES.map((choice) => ({
      choice,
      text: `${THEME_LABELS[choice]} theme`,
      keywords: ['appearance', 'dark mode', 'colour'],
    })),
    needle,
  ).map(({ choice, text }): PaletteEntry => ({
    value: `theme:${choice}`,
    label: text,
    aside: theme === choice ? CURRENT : undefined,
    run: () => setTheme(choice),
  }));
  const zones = rankItems(
    (['local', 'utc'] as const).map((choice) => ({
      choice,
      text: TIME_ZONE_LABELS[choice],
      keywords: ['time zone', 'timezone', 'clock'],
    })),
    needle,
  ).map(({ choice, text }): PaletteEntry => ({
    value: `time-zone:${choice}`,
    label: text,
    aside: timeZone.choice === choice ? CURRENT : undefined,
    run: () => timeZone.setChoice(choice),
  }));

  const help = rankItems([{ text: 'Keyboard shortcuts', keywords: ['help', 'keys', 'hotkeys'] }], needle).map(
    ({ text }): PaletteEntry => ({
      value: 'help:shortcuts',
      label: text,
      detail: '?',
      run: onShowShortcuts,
      timing: 'after-close',
    }),
  );

  const showSandboxes = sandboxes.entries.length > 0 || sandboxes.notice !== undefined;
  return [
    thisSandbox,
    showSandboxes ? sandboxes : undefined,
    templates,
    groupOf('pages', 'Go to', destinations(PAGES, 'page')),
    groupOf('create', 'Create', destinations(CREATE, 'create')),
    groupOf('theme', 'Theme', themes),
    groupOf('time-zone', 'Time zone', zones),
    groupOf('help', 'Help', help),
  ].filter((group): group is PaletteGroup => group !== undefined);
}

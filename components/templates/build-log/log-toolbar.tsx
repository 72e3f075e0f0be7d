'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { TimestampMode } from './log-line';

type LogToolbarProps = {
  query: string;
  onQuery: (query: string) => void;
  timestamps: TimestampMode;
  onTimestamps: (mode: TimestampMode) => void;
  /** The short name of the zone times of day are shown in ("UTC", "GMT+9"), once known. */
  zoneLabel: string;
  onDownload: () => void;
  /** Nothing to download yet. */
  downloadDisabled: boolean;
};

/** Above the log: find text in it, choose how times read, and download the whole log. */
export function LogToolbar({
  query,
  onQuery,
  timestamps,
  onTimestamps,
  zoneLabel,
  onDownload,
  downloadDisabled,
}: LogToolbarProps) {
  return (
    <div className="border-line flex flex-wrap items-end gap-3 border-b px-5 py-3">
      <Field label="Filter lines" className="min-w-48 flex-1">
        <Input
          type="search"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          placeholder="Text to find, e.g. error"
          className="w-full"
        />
      </Field>
      <Field label="Timestamps">
        <Select value={timestamps} onChange={(event) => onTimestamps(event.target.value as TimestampMode)}>
          <option value="elapsed">Since the build started</option>
          <option value="clock">{zoneLabel ? `Time of day (${zoneLabel})` : 'Time of day'}</option>
          <option value="off">Hidden</option>
        </Select>
      </Field>
      <Button variant="secondary" onClick={onDownload} disabled={downloadDisabled}>
        Download .log
      </Button>
    </div>
  );
}

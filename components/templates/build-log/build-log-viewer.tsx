'use client';

import { useDeferredValue, useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { BuildStatusBadge } from '@/components/templates/template-status-badge';
import { errorMessage } from '@/lib/client/api-error';
import { useShownTimeZone } from '@/lib/client/use-shown-time-zone';
import type { TemplateBuildResponse } from '@/lib/contract';
import { RESTARTING_MESSAGE } from '@/lib/contract/restarting';
import { compactId } from '@/lib/format/ids';
import { formatExecDuration, timeZoneLabel } from '@/lib/format/time';
import { buildDurationMs } from '@/lib/templates/build-duration';
import { buildLogFileName, buildLogText, filterLogLines, lineOffsetMs } from '@/lib/templates/build-log-view';
import type { TimestampMode } from './log-line';
import { LogLines } from './log-lines';
import { LogToolbar } from './log-toolbar';
import { useBuildLog, type BuildLogConnection } from './use-build-log';

type BuildLogViewerProps = {
  templateId: string;
  templateName: string;
  build: TemplateBuildResponse;
  /** The build ended while it was being watched: the page refreshes the template and its builds. */
  onFinished?: () => void;
};

const CONNECTION_WORDS: Record<Exclude<BuildLogConnection, 'finished'>, string> = {
  connecting: 'Connecting…',
  live: 'Streaming',
  reconnecting: 'Connection lost, reconnecting…',
  restarting: RESTARTING_MESSAGE,
  failed: 'Not streaming',
};

/** Saves the whole log (whatever the filter shows) as a `.log` file, built in the browser. */
function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * One build's log: streamed while the build runs, replayed for a past one. The toolbar filters and changes how
 * times read; the summary says where the stream stands, and once the build ended, how it ended and how long it
 * took.
 */
export function BuildLogViewer({ templateId, templateName, build, onFinished }: BuildLogViewerProps) {
  const { log, version, connection, error, retry } = useBuildLog(templateId, build.id, { onFinished });
  const [query, setQuery] = useState('');
  const [timestamps, setTimestamps] = useState<TimestampMode>('elapsed');
  const deferredQuery = useDeferredValue(query);
  const zone = useShownTimeZone();

  const { lines } = log;
  // `lines` is changed in place: `version` is what says it changed.
  const shown = useMemo(
    () => filterLogLines(lines, { query: deferredQuery }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lines, version, deferredQuery],
  );
  const finished = connection === 'finished' && log.finished;
  const status = finished ? (log.status ?? build.status) : build.status;
  const last = lines.at(-1);
  const duration = buildDurationMs(build) ?? (last ? lineOffsetMs(last, lines[0]) : undefined);

  return (
    <div>
      <div className="border-line flex flex-wrap items-center gap-x-4 gap-y-2 border-b px-5 py-3 text-sm">
        <span className="flex items-center gap-2">
          <span className="text-fg-muted">Build</span>
          <code className="font-mono text-xs" title={build.id}>
            {compactId(build.id)}
          </code>
          <BuildStatusBadge status={status} />
        </span>
        <span data-testid="build-log-summary" className="text-fg-muted flex items-center gap-2">
          {finished ? (
            <>
              Finished: {status}
              {duration === undefined ? null : <> · took {formatExecDuration(duration)}</>}
            </>
          ) : (
            <>
              {connection === 'failed' ? null : <Spinner size="sm" />}
              {CONNECTION_WORDS[connection === 'finished' ? 'live' : connection]}
            </>
          )}
        </span>
        <span className="text-fg-subtle ml-auto tabular-nums" data-testid="build-log-count">
          {shown === lines
            ? `${lines.length.toLocaleString('en-US')} lines`
            : `${shown.length.toLocaleString('en-US')} of ${lines.length.toLocaleString('en-US')} lines`}
        </span>
      </div>
      <LogToolbar
        query={query}
        onQuery={setQuery}
        timestamps={timestamps}
        onTimestamps={setTimestamps}
        // Named at the build's first line: a zone's name can change with daylight saving.
        zoneLabel={zone && lines[0]?.timestamp ? timeZoneLabel(lines[0].timestamp, zone) : ''}
        onDownload={() => download(buildLogText(lines), buildLogFileName(templateName, build.id))}
        downloadDisabled={lines.length === 0}
      />
      {connection === 'failed' ? (
        <div className="px-5 py-3">
          <Alert
            tone="warning"
            title="Couldn't stream this build's log"
            action={
              <Button variant="secondary" size="sm" onClick={retry}>
                Try again
              </Button>
            }
          >
            {errorMessage(error)}
          </Alert>
        </div>
      ) : null}
      <LogLines
        lines={shown}
        version={version}
        first={lines[0]}
        timestamps={timestamps}
        timeZone={zone?.timeZone}
        empty={
          shown === lines
            ? connection === 'finished'
              ? 'This build logged nothing.'
              : 'Waiting for the first line…'
            : 'No line matches the filter.'
        }
      />
      {/* The start and end of a build are announced, never each line. */}
      <p role="status" className="sr-only">
        {finished
          ? `Build ${status}`
          : connection === 'reconnecting'
            ? 'Reconnecting to the build log'
            : connection === 'restarting'
              ? RESTARTING_MESSAGE
              : ''}
      </p>
    </div>
  );
}

/**
 * The two configurations of the one KeyValueEditor: metadata tags and environment variables.
 * Limits come from the contract (written once); the editor only shows them.
 */
import {
  ENV_MAX_KEYS,
  ENV_MAX_TOTAL_BYTES,
  ENV_VALUE_MAX_BYTES,
  METADATA_MAX_KEYS,
  METADATA_MAX_TOTAL_BYTES,
  METADATA_VALUE_MAX_BYTES,
} from '@/lib/contract/limits';
import type { Entry } from '@/lib/contract/entry-checks';
import { envVarsTotalBytes } from '@/lib/contract/env-var-checks';
import { metadataJsonBytes } from '@/lib/contract/metadata-checks';

export type KeyValueEditorConfig = {
  /** Used for ids and test hooks: `data-editor="metadata"`. */
  kind: 'metadata' | 'env';
  noun: { one: string; many: string };
  keyLabel: string;
  valueLabel: string;
  keyPlaceholder: string;
  valuePlaceholder: string;
  maxKeys: number;
  valueMaxBytes: number;
  totalMaxBytes: number;
  /** How the API measures the whole map (JSON size for metadata, name+value bytes for env). */
  totalBytes: (entries: ReadonlyArray<Entry>) => number;
  /** Values are write-only secrets: masked until revealed. */
  masked: boolean;
  /** Keys are monospace identifiers (env names) rather than free text. */
  monoKeys: boolean;
  emptyText: string;
};

export const METADATA_EDITOR: KeyValueEditorConfig = {
  kind: 'metadata',
  noun: { one: 'tag', many: 'tags' },
  keyLabel: 'Key',
  valueLabel: 'Value',
  keyPlaceholder: 'env',
  valuePlaceholder: 'prod',
  maxKeys: METADATA_MAX_KEYS,
  valueMaxBytes: METADATA_VALUE_MAX_BYTES,
  totalMaxBytes: METADATA_MAX_TOTAL_BYTES,
  totalBytes: metadataJsonBytes,
  masked: false,
  monoKeys: false,
  emptyText: 'No tags yet. Tags let you find and filter sandboxes, e.g. env=prod or owner=agent-7.',
};

export const ENV_EDITOR: KeyValueEditorConfig = {
  kind: 'env',
  noun: { one: 'variable', many: 'variables' },
  keyLabel: 'Name',
  valueLabel: 'Value',
  keyPlaceholder: 'OPENAI_API_KEY',
  valuePlaceholder: 'sk-…',
  maxKeys: ENV_MAX_KEYS,
  valueMaxBytes: ENV_VALUE_MAX_BYTES,
  totalMaxBytes: ENV_MAX_TOTAL_BYTES,
  totalBytes: envVarsTotalBytes,
  masked: true,
  monoKeys: true,
  emptyText: 'No variables yet. They are set for every process in the sandbox and can never be read back.',
};

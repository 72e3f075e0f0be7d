'use client';

import { Select } from '@/components/ui/select';
import { STATUS_FILTERS, type StatusFilter } from '@/lib/list/filters';
import { statusLook } from '../status-badge';

export function StatusFilterSelect({
  value,
  onChange,
}: {
  value: StatusFilter;
  onChange: (status: StatusFilter) => void;
}) {
  return (
    <Select
      aria-label="Status"
      value={value}
      onChange={(event) => onChange(event.target.value as StatusFilter)}
      className="w-full sm:w-40"
    >
      {STATUS_FILTERS.map((status) => (
        <option key={status} value={status}>
          {status === 'all' ? 'All statuses' : statusLook(status).label}
        </option>
      ))}
    </Select>
  );
}

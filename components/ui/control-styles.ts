/** The shared look of text inputs, textareas and selects. */
export const CONTROL_CLASSES =
  'w-full rounded-control border border-line-strong bg-surface text-sm text-fg shadow-xs ' +
  'placeholder:text-fg-subtle transition-colors hover:border-fg-subtle/60 ' +
  'focus-visible:border-ring focus-visible:outline-offset-0 ' +
  'disabled:cursor-not-allowed disabled:bg-surface-muted disabled:text-fg-subtle ' +
  // Only text fields: a <select> always matches :read-only, which would grey every select out.
  '[&:is(input,textarea):read-only]:bg-surface-muted ' +
  'aria-[invalid=true]:border-danger aria-[invalid=true]:focus-visible:outline-danger';

import { cn } from '@/components/ui/cn';

/** The product's mark: a cube, for a sandbox. Decorative; the name beside it is what is read. */
export function LogoMark({ size = 'md' }: { size?: 'md' | 'lg' }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'bg-accent text-accent-fg flex items-center justify-center shadow-sm',
        size === 'lg' ? 'size-10 rounded-xl' : 'size-7 rounded-lg',
      )}
    >
      <svg
        viewBox="0 0 20 20"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        className={size === 'lg' ? 'size-5' : 'size-4'}
      >
        <path d="m10 2.75 6.25 3.5v7.5L10 17.25l-6.25-3.5v-7.5L10 2.75Z" strokeLinejoin="round" />
        <path d="m3.75 6.25 6.25 3.5 6.25-3.5M10 9.75v7.5" strokeLinejoin="round" />
      </svg>
    </span>
  );
}

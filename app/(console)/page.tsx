import { redirect } from 'next/navigation';

/** The dashboard has no home page of its own: the sandbox list is where everyone starts. */
export default function HomePage() {
  redirect('/sandboxes');
}

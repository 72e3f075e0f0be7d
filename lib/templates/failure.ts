/**
 * A failed build explained in words. The API's `error_message` starts with a stable code
 * (`step_failed: step 1/2 failed after 3s: exited with code 100`); the code says what kind of failure it was,
 * the rest is the API's own detail. Clients branch on the code, never on the wording after it.
 */

export const BUILD_FAILURE_CODES = [
  'image_pull_failed',
  'step_failed',
  'boot_failed',
  'snapshot_failed',
  'start_cmd_failed',
  'ready_cmd_failed',
  'build_failed',
] as const;
export type BuildFailureCode = (typeof BUILD_FAILURE_CODES)[number];

export type BuildFailure = {
  /** The code the message starts with, known or not; absent when it has none. */
  code?: string;
  /** A short headline: "A build step failed". */
  title: string;
  /** What went wrong and what to try, in plain words. */
  explanation: string;
  /** The API's own words after the code (the whole message when it has no code); '' when it said nothing. */
  detail: string;
  /** For `step_failed`: which step, 1-based, of how many, when the message says. */
  step?: { number: number; of: number };
};

type Words = { title: string; explanation: string };

const WORDS: Readonly<Record<BuildFailureCode, Words>> = {
  image_pull_failed: {
    title: "The base image couldn't be pulled",
    explanation:
      'The build could not download the image named in "from". Check the name and tag for typos, that the image is public, and that it is published for linux/amd64.',
  },
  step_failed: {
    title: 'A build step failed',
    explanation:
      "A run step exited with an error or ran out of time. Its output is in the build log, just above the failure. Common causes: a misspelt package, apt-get install without -y, or a tool the base image doesn't have.",
  },
  boot_failed: {
    title: "The build machine didn't start",
    explanation:
      "The image was pulled but a virtual machine couldn't boot from it. Images must be regular glibc-based Linux images; try a common base such as ubuntu:24.04, python:3.11 or node:22-slim, then rebuild.",
  },
  snapshot_failed: {
    title: "The template couldn't be saved",
    explanation:
      'Every step succeeded, but saving the machine (its memory and disk) failed. This is usually on the platform side: rebuild the template. If it keeps failing, contact support with the build id.',
  },
  start_cmd_failed: {
    title: 'The start command failed',
    explanation:
      'start_cmd exited with an error right after it was started. It should start a long-running process, such as a server, that keeps running. Check its output in the build log, and that the program is installed and on the PATH.',
  },
  ready_cmd_failed: {
    title: 'The readiness check never passed',
    explanation:
      'ready_cmd is run every 2 seconds after the start command until it exits 0, for up to 10 minutes. Check that the server listens where ready_cmd looks (the port and path), and that the check command itself exists in the image.',
  },
  build_failed: {
    title: 'The build failed',
    explanation:
      'The build stopped for a reason that is not one of the specific failures. The detail below and the build log say more; rebuilding often helps.',
  },
};

const CANCELLED: Words = {
  title: 'The build was cancelled',
  explanation: 'The build was stopped before it finished. Rebuild the template to try again.',
};

const CODED = /^([a-z][a-z0-9_]*):\s*([\s\S]*)$/;

function isKnownCode(code: string): code is BuildFailureCode {
  return (BUILD_FAILURE_CODES as readonly string[]).includes(code);
}

/** Explains a template's or a build's `error_message`; neutral words for an unknown code or none at all. */
export function explainBuildFailure(message: string | null | undefined): BuildFailure {
  const text = (message ?? '').trim();
  // A known code alone ("boot_failed") is a code too; an unknown word alone is just a message.
  const match = CODED.exec(isKnownCode(text) ? `${text}:` : text);
  if (!match) {
    return {
      title: 'The build failed',
      explanation:
        text === ''
          ? 'The API gave no reason. The build log may show what happened.'
          : 'The API gave this reason. The build log may show more.',
      detail: text,
    };
  }
  const code = match[1] as string;
  const detail = (match[2] as string).trim();
  if (!isKnownCode(code)) {
    return {
      code,
      title: 'The build failed',
      explanation: `The API reported "${code}", a kind of failure this console doesn't know yet. Its own words are below, and the build log may show more.`,
      detail,
    };
  }
  const words = code === 'build_failed' && /\bcancel/i.test(detail) ? CANCELLED : WORDS[code];
  const step = code === 'step_failed' ? stepOf(detail) : undefined;
  if (step) return { code, ...words, title: `Step ${step.number} of ${step.of} failed`, detail, step };
  return { code, ...words, detail };
}

/** "step 2/5 failed after 3s: …" → step 2 of 5. */
function stepOf(detail: string): BuildFailure['step'] {
  const match = /\bstep (\d+)\s*\/\s*(\d+)\b/i.exec(detail);
  if (!match) return undefined;
  return { number: Number(match[1]), of: Number(match[2]) };
}

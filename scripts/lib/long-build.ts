/**
 * A template whose build logs `lines` lines of stdout, in bursts, through the product's own path: plain `run`
 * steps that the embedded API's shell runs (`printf` repeats its format for every argument, `sleep` really
 * waits). No test-only switch in the API: a real build with a chatty compiler looks just like this.
 */

/** `printf 'compiling unit %s of N\n' a b c …; sleep s` per burst, `bursts` per step. */
export function longBuildSpec({
  lines,
  burst = 200,
  pauseS = 0.03,
  burstsPerStep = 10,
}: {
  lines: number;
  burst?: number;
  pauseS?: number;
  burstsPerStep?: number;
}) {
  const bursts: string[] = [];
  for (let start = 1; start <= lines; start += burst) {
    const end = Math.min(lines, start + burst - 1);
    const numbers = Array.from({ length: end - start + 1 }, (_, i) => start + i).join(' ');
    bursts.push(`printf 'compiling unit %s of ${lines}\\n' ${numbers}; sleep ${pauseS}`);
  }
  const steps: Array<{ run: string }> = [];
  for (let i = 0; i < bursts.length; i += burstsPerStep) {
    steps.push({ run: bursts.slice(i, i + burstsPerStep).join('\n') });
  }
  return { from: 'ubuntu:24.04', steps };
}

import { describe, expect, it } from 'vitest';
import { BUILD_FAILURE_CODES, explainBuildFailure } from './failure';

describe('explainBuildFailure', () => {
  it.each(BUILD_FAILURE_CODES)('explains %s with its own title and the detail after the code', (code) => {
    const failure = explainBuildFailure(`${code}: something specific`);
    expect(failure.code).toBe(code);
    expect(failure.detail).toBe('something specific');
    expect(failure.title).not.toBe('');
    expect(failure.explanation.length).toBeGreaterThan(40);
  });

  it('gives each code different words', () => {
    const titles = BUILD_FAILURE_CODES.map((code) => explainBuildFailure(`${code}: x`).title);
    expect(new Set(titles).size).toBe(BUILD_FAILURE_CODES.length);
  });

  it('says what to check for each code', () => {
    const words = (code: string) => explainBuildFailure(`${code}: x`).explanation;
    expect(words('image_pull_failed')).toMatch(/name and tag/);
    expect(words('step_failed')).toMatch(/build log/);
    expect(words('boot_failed')).toMatch(/ubuntu:24\.04/);
    expect(words('snapshot_failed')).toMatch(/rebuild/);
    expect(words('start_cmd_failed')).toMatch(/long-running process/);
    expect(words('ready_cmd_failed')).toMatch(/every 2 seconds/);
    expect(words('build_failed')).toMatch(/build log/);
  });

  it('names the failed step when the message says which', () => {
    expect(explainBuildFailure('step_failed: step 2/5 failed after 3s: exited with code 100')).toEqual({
      code: 'step_failed',
      title: 'Step 2 of 5 failed',
      explanation: expect.stringMatching(/^A run step exited with an error/),
      detail: 'step 2/5 failed after 3s: exited with code 100',
      step: { number: 2, of: 5 },
    });
    expect(explainBuildFailure('step_failed: exited with code 1')).toMatchObject({
      title: 'A build step failed',
    });
    expect(explainBuildFailure('step_failed: exited with code 1').step).toBeUndefined();
  });

  it('tells a cancelled build from other build_failed ones', () => {
    expect(explainBuildFailure('build_failed: the build was cancelled')).toMatchObject({
      code: 'build_failed',
      title: 'The build was cancelled',
    });
    expect(explainBuildFailure('build_failed: internal error').title).toBe('The build failed');
  });

  it('is neutral about a code it does not know, keeping the code and the API words', () => {
    expect(explainBuildFailure('disk_quota_exceeded: the template is larger than 8 GiB')).toEqual({
      code: 'disk_quota_exceeded',
      title: 'The build failed',
      explanation: expect.stringContaining('"disk_quota_exceeded"'),
      detail: 'the template is larger than 8 GiB',
    });
  });

  it('is neutral about a message without a code, or no message', () => {
    expect(explainBuildFailure('Something broke.')).toEqual({
      title: 'The build failed',
      explanation: 'The API gave this reason. The build log may show more.',
      detail: 'Something broke.',
    });
    for (const nothing of [undefined, null, '', '   ']) {
      expect(explainBuildFailure(nothing)).toEqual({
        title: 'The build failed',
        explanation: 'The API gave no reason. The build log may show what happened.',
        detail: '',
      });
    }
  });

  it('reads a code with no detail, and a detail over several lines', () => {
    expect(explainBuildFailure('boot_failed')).toMatchObject({ code: 'boot_failed', detail: '' });
    expect(explainBuildFailure('oops')).not.toHaveProperty('code');
    expect(explainBuildFailure('oops').detail).toBe('oops');
    expect(explainBuildFailure('boot_failed:')).toMatchObject({ code: 'boot_failed', detail: '' });
    expect(explainBuildFailure('image_pull_failed: manifest unknown\nfor python:9')).toMatchObject({
      code: 'image_pull_failed',
      detail: 'manifest unknown\nfor python:9',
    });
  });
});

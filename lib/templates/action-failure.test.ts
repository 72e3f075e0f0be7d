import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/client/api-error';
import { deleteConflict, describeTemplateActionFailure, templateFailureTitle } from './action-failure';

const conflict = (message: string) => new ApiError({ status: 409, code: 'conflict', message });

describe('deleteConflict', () => {
  it('reads the count of sandboxes still using the template', () => {
    const error = conflict(
      'template has 3 sandbox(es) (active or paused) still referencing it; delete them first',
    );
    expect(deleteConflict(error)).toEqual({ reason: 'in_use', count: 3 });
    expect(deleteConflict(conflict('template has 1 sandbox(es) still referencing it'))).toEqual({
      reason: 'in_use',
      count: 1,
    });
  });

  it('knows "in use" without a count, a build in flight and a system template', () => {
    expect(deleteConflict(conflict('sandboxes are still referencing this template'))).toEqual({
      reason: 'in_use',
    });
    expect(
      deleteConflict(
        conflict('template has a build in progress; cancel the build before deleting the template'),
      ),
    ).toEqual({ reason: 'building' });
    expect(deleteConflict(conflict('System templates cannot be deleted'))).toEqual({ reason: 'system' });
    expect(deleteConflict(conflict('something else'))).toEqual({
      reason: 'other',
      message: 'something else',
    });
  });

  it('is undefined for anything but a 409', () => {
    expect(deleteConflict(new ApiError({ status: 404, code: 'not_found', message: 'gone' }))).toBeUndefined();
    expect(deleteConflict(new Error('template has 2 sandbox(es)'))).toBeUndefined();
    expect(deleteConflict(undefined)).toBeUndefined();
  });
});

describe('describeTemplateActionFailure', () => {
  it('explains a delete refused for sandboxes in use, in words and with the count', () => {
    const failure = describeTemplateActionFailure(
      'delete',
      conflict('template has 2 sandbox(es) (active or paused) still referencing it; delete them first'),
      'acme/web',
    );
    expect(failure.title).toBe('Couldn’t delete acme/web');
    expect(failure.detail).toBe(
      'It is still used by 2 sandboxes. Delete them first, then delete the template.',
    );
    expect(
      describeTemplateActionFailure('delete', conflict('template has 1 sandbox(es) still referencing it'))
        .detail,
    ).toBe('It is still used by 1 sandbox. Delete it first, then delete the template.');
  });

  it('explains a delete refused for a build in flight', () => {
    const failure = describeTemplateActionFailure('delete', conflict('template has a build in progress'));
    expect(failure.detail).toMatch(/^A build is in flight\. Cancel the build first/);
  });

  it('reads 403, 404, 429 and an unreachable server', () => {
    const forbidden = new ApiError({
      status: 403,
      code: 'forbidden',
      message: "Viewers can't build templates. Ask an admin for the operator role.",
    });
    expect(describeTemplateActionFailure('rebuild', forbidden).detail).toMatch(
      /^Viewers can't build templates\..*reload it/,
    );
    expect(
      describeTemplateActionFailure('rebuild', new ApiError({ status: 404, code: 'not_found', message: 'x' }))
        .detail,
    ).toBe('This template no longer exists: it was deleted.');
    expect(
      describeTemplateActionFailure(
        'rebuild',
        new ApiError({ status: 429, code: 'too_many_builds', message: 'x', retryAfter: 1 }),
      ).detail,
    ).toBe(
      'The team already has the most builds in flight the API allows. Wait for one to finish. The API asked to wait 1 second; try again then.',
    );
    expect(
      describeTemplateActionFailure(
        'cancel',
        new ApiError({ status: 0, code: 'network_error', message: 'x' }),
      ).detail,
    ).toMatch(/could not be reached/);
  });

  it('reads anything else by its message', () => {
    expect(describeTemplateActionFailure('cancel', new Error('boom'))).toEqual({
      title: templateFailureTitle('cancel'),
      detail: 'boom',
    });
  });
});

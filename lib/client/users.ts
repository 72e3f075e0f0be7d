'use client';

/**
 * The Users page's calls (/api/console/users, admins only) as TanStack Query hooks, and the invite page's one
 * call. Every change refreshes the list, whatever its outcome: the server's answer is the truth.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { AddUserInput, InviteLink, UpdateUserInput, UserSummary } from '@/lib/access/user-schemas';

import { apiFetch } from './api';

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
};

const usersPath = (id?: string, action?: string) =>
  `/console/users${id ? `/${encodeURIComponent(id)}` : ''}${action ? `/${action}` : ''}`;

export type AddedUser = { user: UserSummary; invite?: InviteLink };

export function useUsers() {
  return useQuery({
    queryKey: userKeys.list(),
    queryFn: async ({ signal }) => (await apiFetch<{ users: UserSummary[] }>(usersPath(), { signal })).users,
  });
}

function useUsersMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useAddUser() {
  return useUsersMutation((input: AddUserInput) =>
    apiFetch<AddedUser>(usersPath(), { method: 'POST', json: input }),
  );
}

export function useUpdateUser() {
  return useUsersMutation(({ id, change }: { id: string; change: UpdateUserInput }) =>
    apiFetch<{ user: UserSummary }>(usersPath(id), { method: 'PATCH', json: change }),
  );
}

export function useDeleteUser() {
  return useUsersMutation((id: string) => apiFetch<undefined>(usersPath(id), { method: 'DELETE' }));
}

export function useNewInvite() {
  return useUsersMutation((id: string) =>
    apiFetch<{ invite: InviteLink }>(usersPath(id, 'invite'), { method: 'POST' }),
  );
}

/** The invited person sets their password; no session is needed. */
export async function acceptInvite(token: string, password: string): Promise<{ email: string }> {
  return apiFetch<{ email: string }>('/console/invites/accept', {
    method: 'POST',
    json: { token, password },
  });
}

/** The full link for a path the server returned, on the origin this admin is using. */
export function inviteUrl(path: string): string {
  return typeof window === 'undefined' ? path : `${window.location.origin}${path}`;
}

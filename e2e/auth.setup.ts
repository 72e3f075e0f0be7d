import { expect, test as setup, type APIRequestContext } from '@playwright/test';

import { ACCOUNTS, stateOf, type TestAccount } from './accounts';

async function signIn(request: APIRequestContext, baseURL: string, account: TestAccount): Promise<void> {
  const response = await request.post('/api/auth/sign-in/email', {
    headers: { origin: baseURL },
    data: { email: account.email, password: account.password },
  });
  expect(response.status(), `sign-in as ${account.role}: ${await response.text()}`).toBe(200);
}

setup('sign in as each role', async ({ playwright, baseURL }) => {
  if (!baseURL) throw new Error('baseURL is not set');
  const admin = await playwright.request.newContext({ baseURL });
  await signIn(admin, baseURL, ACCOUNTS.admin);
  await admin.storageState({ path: stateOf('admin') });

  for (const account of [ACCOUNTS.operator, ACCOUNTS.viewer]) {
    const created = await admin.post('/api/auth/admin/create-user', {
      headers: { origin: baseURL },
      data: { name: account.name, email: account.email, password: account.password, role: account.role },
    });
    expect(created.status(), `create ${account.role}: ${await created.text()}`).toBe(200);
    const context = await playwright.request.newContext({ baseURL });
    await signIn(context, baseURL, account);
    await context.storageState({ path: stateOf(account.role) });
    await context.dispose();
  }
  await admin.dispose();
});

/**
 * Single sign-on against the local OpenID provider that playwright.config.ts starts (e2e/oidc-provider-server.ts),
 * with the app configured for it: OIDC_DEFAULT_ROLE=operator, OIDC_ALLOWED_DOMAINS=sso.test.
 */
import type { Page } from '@playwright/test';

import { SIGNED_OUT } from './accounts';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { SSO_PEOPLE, type SsoPerson } from './sso-people';

test.use({ storageState: SIGNED_OUT });

const issuer = `http://127.0.0.1:${process.env.E2E_OIDC_PORT}`;

/** On the provider's own login page (oidc-provider's development form): any password is accepted. */
async function logInAtProvider(page: Page, person: SsoPerson): Promise<void> {
  await expect(page).toHaveURL((url) => url.origin === issuer);
  await page.locator('input[name="login"]').fill(person.email);
  await page.locator('input[name="password"]').fill('a password the provider checks');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('a new person signs in with SSO, lands where they were going, with the default role', async ({
  page,
}) => {
  await page.goto('/sandboxes/new');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsandboxes%2Fnew$/);
  const sso = page.getByRole('button', { name: 'Sign in with SSO' });
  await expect(sso).toBeVisible();
  // The password form is still there, beside it.
  await expect(page.getByLabel('Email')).toBeVisible();
  await expectNoA11yViolations(page);

  await sso.click();
  await logInAtProvider(page, SSO_PEOPLE.member);

  await expect(page).toHaveURL(/\/sandboxes\/new$/);
  await page.getByRole('button', { name: /^Account: Sam Single/ }).click();
  await expect(page.getByTestId('current-role')).toHaveText('Role: Operator');
});

test('an email outside the allowed domains is refused, in words, on the sign-in page', async ({ page }) => {
  await page.goto('/sign-in?next=%2Fsandboxes%2Fnew');
  await page.getByRole('button', { name: 'Sign in with SSO' }).click();
  await logInAtProvider(page, SSO_PEOPLE.outsider);

  // Back on the sign-in page, still knowing where the person was going.
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsandboxes%2Fnew&error=email_domain_not_allowed/);
  await expect(page.getByText('This email domain can’t use single sign-on here')).toBeVisible();
  await expect(page.getByText(/outside the domains this dashboard accepts/)).toBeVisible();
  // Nobody is signed in, and the way to try again is right there.
  await expect(page.getByRole('button', { name: 'Sign in with SSO' })).toBeEnabled();
  await expectNoA11yViolations(page);
  await page.goto('/sandboxes/new');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsandboxes%2Fnew$/);
  await expect(page.getByText('This email domain can’t use single sign-on here')).toBeHidden();
});

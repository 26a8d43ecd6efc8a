/**
 * Accounts: candidates and recruiters, organisations and memberships, sign-in (form and bearer token) and the
 * security rules every other module's endpoints sit behind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package com.interviewed.accounts;

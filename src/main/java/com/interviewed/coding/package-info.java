/**
 * Coding: runs a candidate's code against a coding challenge's tests in a sandboxed child process (bubblewrap
 * namespaces, resource limits, an unprivileged user, a throwaway directory), the run-tests JSON API, the reusable
 * browser editor ({@code /js/code-editor.js}) and the practice page {@code /practice/coding}. Other modules call
 * {@link com.interviewed.coding.CodeRunner}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coding")
package com.interviewed.coding;

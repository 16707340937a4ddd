import { isAppError } from "@futodama/core";
import { expect } from "vitest";

/** The error has the stable code, and a message a recruiter can read and act on. */
export function expectReadableError(error: unknown, code: string): void {
  expect(isAppError(error), `expected an AppError, got ${String(error)}`).toBe(true);
  if (!isAppError(error)) return;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/^[A-Z]/);
  expect(error.message.length).toBeGreaterThan(20);
  expect(error.message).not.toMatch(/undefined|null|\[object|Error:|at \w+ \(/);
}

export async function expectRejects(promise: Promise<unknown>, code: string): Promise<void> {
  let caught: unknown = null;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expectReadableError(caught, code);
}

export function expectThrows(fn: () => unknown, code: string): void {
  let caught: unknown = null;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expectReadableError(caught, code);
}

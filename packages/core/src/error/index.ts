/**
 * The one error base of the product (STYLE.md §3). Every failure a user can see carries a
 * `kind` (which decides the HTTP status, in exactly one middleware) and a stable dotted
 * `code` (which clients branch on). Causes are chained, never swallowed.
 */
export const errorKinds = [
  "input",
  "auth",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "too_large",
  "unsupported",
  "rate_limited",
  "upstream",
  "internal",
] as const;
export type ErrorKind = (typeof errorKinds)[number];

export const httpStatusByKind: Record<ErrorKind, number> = {
  input: 400,
  auth: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  rate_limited: 429,
  upstream: 502,
  internal: 500,
};

export interface AppErrorOptions {
  cause?: unknown;
  details?: unknown;
}

export class AppError extends Error {
  override readonly name: string = "AppError";
  readonly kind: ErrorKind;
  readonly code: string;
  readonly details: unknown;

  constructor(kind: ErrorKind, code: string, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.code = code;
    this.details = options.details;
  }

  /** The HTTP status this error maps to. */
  get status(): number {
    return httpStatusByKind[this.kind];
  }

  toJSON(): { error: string; code: string; details?: unknown } {
    return this.details === undefined
      ? { error: this.message, code: this.code }
      : { error: this.message, code: this.code, details: this.details };
  }
}

export class InputError extends AppError {
  override readonly name = "InputError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("input", code, message, options);
  }
}

export class AuthError extends AppError {
  override readonly name = "AuthError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("auth", code, message, options);
  }
}

export class ForbiddenError extends AppError {
  override readonly name = "ForbiddenError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("forbidden", code, message, options);
  }
}

export class NotFoundError extends AppError {
  override readonly name = "NotFoundError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("not_found", code, message, options);
  }
}

export class MethodNotAllowedError extends AppError {
  override readonly name = "MethodNotAllowedError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("method_not_allowed", code, message, options);
  }
}

export class ConflictError extends AppError {
  override readonly name = "ConflictError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("conflict", code, message, options);
  }
}

export class TooLargeError extends AppError {
  override readonly name = "TooLargeError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("too_large", code, message, options);
  }
}

/**
 * Issue 13: too many requests for the token's or the tenant's bucket. Carries the headers the
 * answer must have (Retry-After, RateLimit-*), which the error middleware sends.
 */
export class RateLimitedError extends AppError {
  override readonly name = "RateLimitedError";
  readonly headers: Record<string, string>;
  constructor(code: string, message: string, headers: Record<string, string>, options?: AppErrorOptions) {
    super("rate_limited", code, message, options);
    this.headers = headers;
  }
}

export class UnsupportedError extends AppError {
  override readonly name = "UnsupportedError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("unsupported", code, message, options);
  }
}

export class UpstreamError extends AppError {
  override readonly name = "UpstreamError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("upstream", code, message, options);
  }
}

export class InternalError extends AppError {
  override readonly name = "InternalError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("internal", code, message, options);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/**
 * A transient error is worth retrying (workflow Retry matches on the error name). Anything
 * the user must fix (input, too_large, unsupported) is not.
 */
export class TransientError extends AppError {
  override readonly name = "TransientError";
  constructor(code: string, message: string, options?: AppErrorOptions) {
    super("upstream", code, message, options);
  }
}

/**
 * How a command stops when it cannot run (cli.ts): exit code 2 and the message on stderr, then the
 * usage unless `usage: false` says the command line was right and what it names is not there.
 */
export type Fail = (message: string, options?: { usage?: boolean }) => never;

/** What `futodama` prints for help and after a mistake: shared by the bundle (cli.ts) and its snapshot. */
export const usage = `futodama — the FUTODAMA command line

  futodama serve [--port 3000]                  run the whole product locally (embedded parts)
  futodama token --tenant <id> --role <role>    print a token for the local runtime
                                                (role: viewer | recruiter | admin)
  futodama parse <file> [--kind resume|job] --json
                                                print the Job/Resume Card of a file, offline
  futodama skills normalize "<text>" --json     print the taxonomy skills found in a text
  futodama match --job <file> --resumes <dir> [--top N] [--json]
                                                rank the CVs of a folder for a job, offline
  futodama match --resume <file> --jobs <dir> [--top N] [--json]
                                                rank the jobs of a folder for a CV, offline
  futodama tailor --job <file> --resume <file> [--language en] [--style conservative|modern|impact]
                [--strategy nudge|keywords|full] [--json] [--out <file.md|file.docx|file.pdf>]
                                                tailor a CV to a job, truthfully and verified, offline;
                                                --json prints the resume-tailor-v1 bundle only
  futodama drop <dir> [--tenant <id>] [--kind resume|job] [--wait]
                                                upload a folder into the drops bucket (the running
                                                local runtime's, or FUTODAMA_DROPS_BUCKET's); --wait
                                                follows every file and prints a summary
  futodama rematch [--tenant <id>] [--wait]     re-rank every open job (of a tenant) with step 1
`;

export function fail(message: string): never {
  process.stderr.write(`futodama: ${message}\n\n${usage}`);
  process.exit(2);
}

/** A command that threw: its message, and exit status 1. */
export function reportCommandError(command: string): (error: unknown) => never {
  return (error) => {
    process.stderr.write(`futodama ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  };
}

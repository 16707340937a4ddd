/**
 * Generated from the OpenAPI document (GET /api/openapi.json) by openapi-typescript with its
 * default options. Do not edit: run `pnpm client:generate`.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deployed stage and commit */
        get: operations["version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API as an OpenAPI 3.1 document */
        get: operations["openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API, rendered for people */
        get: operations["docs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/assets/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A script or stylesheet of the docs page (Swagger UI, served from its npm package) */
        get: operations["docsAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List jobs: summaries, newest first unless sorted, every filter combined, with a total */
        get: operations["listJobs"];
        put?: never;
        /** Create a job from pasted text */
        post: operations["createJobFromText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a job file (multipart/form-data, field `file`): PDF, DOCX, DOC, ODT, RTF, HTML, Markdown, text or an image */
        post: operations["uploadJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/presign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a presigned URL to PUT a large job file directly to storage */
        post: operations["presignJobUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a job: status, card once parsed, error when failed */
        get: operations["getJob"];
        put?: never;
        post?: never;
        /** Erase a job: its original file, every derived object, scores, match results, feedback and tailorings */
        delete: operations["deleteJob"];
        options?: never;
        head?: never;
        /** Correct a job: its hiring stage (jobStatus), title, or card fields (re-validated) */
        patch: operations["patchJob"];
        trace?: never;
    };
    "/api/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed job through parsing again, from its stored file */
        post: operations["retryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload many job files at once (multipart, field `files`): a batch to follow at GET /api/batch/{id} */
        post: operations["uploadJobBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short-lived link (presigned GET, 5 minutes) to download the job's original file */
        get: operations["getJobFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List resumes: summaries, newest first unless sorted, every filter combined, with a total */
        get: operations["listResumes"];
        put?: never;
        /** Create a resume from pasted text */
        post: operations["createResumeFromText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a resume file (multipart/form-data, field `file`): PDF, DOCX, DOC, ODT, RTF, HTML, Markdown, text or an image */
        post: operations["uploadResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/presign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a presigned URL to PUT a large resume file directly to storage */
        post: operations["presignResumeUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a resume: status, card once parsed, error when failed */
        get: operations["getResume"];
        put?: never;
        post?: never;
        /** Erase a resume: its original file, every derived object, scores, match results, feedback and tailorings */
        delete: operations["deleteResume"];
        options?: never;
        head?: never;
        /** Correct a CV: the candidate's pipeline stage, source, name, or card fields (re-validated) */
        patch: operations["patchResume"];
        trace?: never;
    };
    "/api/resumes/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed resume through parsing again, from its stored file */
        post: operations["retryResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload many resume files at once (multipart, field `files`): a batch to follow at GET /api/batch/{id} */
        post: operations["uploadResumeBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short-lived link (presigned GET, 5 minutes) to download the resume's original file */
        get: operations["getResumeFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{jobId}/match/step1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rank every parsed candidate of the tenant for this job (deterministic, explainable, synchronous); the session with its first page of results */
        post: operations["runMatchStep1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{jobId}/match/step2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the AI deep dive (step 2) on the best candidates of a step-1 session, on named candidates, or on a fresh ranking's best; poll GET /api/match-sessions/{id} for progress and analyses */
        post: operations["runMatchStep2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{jobId}/match-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job's match sessions, newest first */
        get: operations["listJobMatchSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/match-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A match session: status, progress and its results by rank with per-category evidence (paginated) */
        get: operations["getMatchSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/match-sessions/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session's feedback: one current verdict per candidate, each with the verdicts it replaced */
        get: operations["listSessionFeedback"];
        put?: never;
        /** Record a recruiter's verdict on a candidate of the session (positive | negative | hired) */
        post: operations["addMatchFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{jobId}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The job's live ranking, best first: every scored candidate with breakdown and latest verdict */
        get: operations["listJobCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{jobId}/candidates/{resumeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job × candidate pair: the full step-1 explanation, its live rank, any step-2 analysis, the verdict */
        get: operations["getJobCandidate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/{id}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open jobs this CV fits best, best first */
        get: operations["listResumeJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{jobId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job's feedback across its sessions: one current verdict per candidate and session, with history */
        get: operations["listJobFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tailorings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's tailorings, newest first, of one job and/or one CV (jobId, resumeId); without bundles */
        get: operations["listTailorings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tailor-resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tailor a CV to a job: a truthful rewrite with a change log, checked against the CV; poll GET /api/tailorings/{id} for the result */
        post: operations["tailorResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tailorings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tailoring: status, and once done the tailored card with its change log, refused edits, coverage, ATS report and verification */
        get: operations["getTailoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tailorings/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tailored CV as a file (Markdown, DOCX or PDF), as an attachment */
        get: operations["exportTailoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vision/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the text of an image or scanned PDF now (OCR; OpenAI vision when configured). Nothing is stored */
        post: operations["visionExtract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/codex/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the skill taxonomy by label or alias: exact label and alias matches first */
        get: operations["searchSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/codex/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This tenant's own skill aliases */
        get: operations["listSkillAliases"];
        put?: never;
        /** Add or re-point a skill alias; applied to documents parsed from now on */
        post: operations["putSkillAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/codex/aliases/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a skill alias */
        delete: operations["deleteSkillAlias"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/codex": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The codex's card types and their versions */
        get: operations["listCodexSchemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/codex/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One card type as JSON Schema (draft 2020-12), to validate or render a card generically */
        get: operations["getCodexSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's webhooks, newest first (without secrets) */
        get: operations["listWebhooks"];
        put?: never;
        /** Register an endpoint for events; the answer carries its signing secret, shown only this once */
        post: operations["registerWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook and its deliveries; nothing more is sent to it */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a webhook.test event to this endpoint now (queued and signed like any event) */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook's recent deliveries, newest first: status, attempts, last answer */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batch/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch: counts by status, duplicates, failures with reasons, progress */
        get: operations["getBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batch/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The batch's parsed records with their cards' main fields, as CSV or JSON (an attachment) */
        get: operations["exportBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and is migrated, both buckets answer */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's AI audit trail, newest first: one event per model call (provider, model, prompt version, input hash, tokens, outcome, verdict, who asked, about what), with the total */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's dashboard: jobs and CVs by status and stage, step-1 score distribution, AI deep dives, tailorings, recent activity */
        get: operations["getAnalyticsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Skill demand across open jobs vs supply across CVs, by taxonomy skill: top N with the gap */
        get: operations["getSkillsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AnalyticsDashboard: {
            jobs: {
                /** @description Jobs not deleted, whatever their status */
                total: number;
                /** @description The parse status */
                byStatus: {
                    queued: number;
                    processing: number;
                    parsed: number;
                    failed: number;
                };
                /** @description The hiring status (jobStatus) */
                byJobStatus: {
                    open: number;
                    on_hold: number;
                    closed: number;
                };
                /** @description Parsed and open: the jobs CVs are scored against */
                open: number;
            };
            candidates: {
                /** @description CVs not deleted, whatever their status */
                total: number;
                /** @description The parse status */
                byStatus: {
                    queued: number;
                    processing: number;
                    parsed: number;
                    failed: number;
                };
                /** @description The pipeline status (pipelineStatus) */
                byPipelineStatus: {
                    available: number;
                    interviewing: number;
                    hired: number;
                    archived: number;
                };
            };
            /** @description The parse status of every job and CV (one document each), both kinds together */
            documents: {
                queued: number;
                processing: number;
                parsed: number;
                failed: number;
                total: number;
            };
            /** @description The distribution of step-1 scores */
            scores: {
                /** @description Step-1 scores in the live rankings (one per open job × candidate ranked) */
                count: number;
                /** @description Their mean (0..100, 2 decimals); null when none */
                average: number | null;
                /** @description 10-point bins: [0,10) … [90,100], 100 in the last */
                buckets: {
                    from: number;
                    to: number;
                    count: number;
                }[];
            };
            matching: {
                step1Sessions: {
                    total: number;
                    byStatus: {
                        queued: number;
                        running: number;
                        done: number;
                        failed: number;
                    };
                };
                deepDives: {
                    /** @description Step-2 sessions (AI deep dives) */
                    sessions: number;
                    byStatus: {
                        queued: number;
                        running: number;
                        done: number;
                        failed: number;
                    };
                    /** @description Candidates the AI analysed */
                    analyses: number;
                    /** @description Candidates whose analysis failed */
                    failedAnalyses: number;
                };
            };
            tailorings: {
                total: number;
                byStatus: {
                    queued: number;
                    running: number;
                    done: number;
                    failed: number;
                };
            };
            /** @description Newest first: ids and times only */
            recentActivity: {
                /**
                 * @description A job or CV parsed or failed, a step-1 or step-2 session, a tailoring
                 * @enum {string}
                 */
                kind: "job" | "resume" | "match.step1" | "match.step2" | "tailoring";
                /**
                 * Format: uuid
                 * @description The job or CV (not its document), the session or the tailoring
                 */
                id: string;
                /** @description parsed | failed for a job or CV; queued | running | done | failed otherwise */
                status: string;
                /**
                 * Format: date-time
                 * @description When it last changed
                 */
                at: string;
                jobId: string | null;
                resumeId: string | null;
                /** @description The stable dotted code of a failure */
                errorCode: string | null;
            }[];
        };
        AuditEvent: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["AuditKind"];
            /** @description openai (the offline rules provider makes no model call and is not audited) */
            provider: string;
            model: string;
            /** @description The codex prompt's version (codex/prompts) */
            promptVersion: string | null;
            /** @description sha256 (hex) of the exact request messages */
            inputHash: string;
            /** @description As the provider reported it; null when answered from the cache or when it failed */
            usage: {
                promptTokens: number;
                completionTokens: number;
                totalTokens: number;
            } | null;
            /** @enum {string} */
            outcome: "ok" | "failed";
            /** @description The failure's stable code (ai.unavailable…); null when ok */
            errorCode: string | null;
            /** @description The verifier's verdict on the answer; null when none ran */
            verdict: components["schemas"]["AuditVerdict"] | null;
            durationMs: number;
            /** @description The client's retries within this call */
            retries: number;
            /** @description Answered from the response cache: no request was sent */
            cached: boolean;
            /** @description Who asked: the token's sub, or the system (`drop` for a bulk drop) */
            actor: {
                /** @enum {string} */
                type: "user" | "system";
                id: string;
            };
            subject: {
                documentId: string | null;
                documentKind: ("job" | "resume") | null;
                jobId: string | null;
                resumeId: string | null;
                sessionId: string | null;
                tailoringId: string | null;
            };
            /** Format: date-time */
            createdAt: string;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            nextCursor: string | null;
            /** @description How many events match the filters, over all pages */
            total: number;
        };
        /** @enum {string} */
        AuditKind: "extraction" | "analysis" | "tailoring" | "vision";
        AuditVerdict: {
            /**
             * @description passed: the check kept all the model said; adjusted: it dropped some; failed: none
             * @enum {string}
             */
            result: "passed" | "adjusted" | "failed";
            /** @description Claims, quotes or edits checked */
            checked: number;
            /** @description Of those, dropped or refused */
            rejected: number;
        };
        Batch: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "job" | "resume";
            /**
             * @description A batch upload through the API, or a bulk drop
             * @enum {string}
             */
            source: "api" | "drop";
            /**
             * @description completed once no file is queued or processing
             * @enum {string}
             */
            status: "processing" | "completed";
            counts: {
                total: number;
                queued: number;
                processing: number;
                parsed: number;
                /** @description Refused at upload, or failed to parse */
                failed: number;
                /** @description Files uploaded before: not parsed again */
                duplicates: number;
            };
            /** @description (parsed + failed + duplicates) / total */
            progress: number;
            /** @description The failed files with their reasons (the first 100) */
            failures: {
                filename: string;
                documentId: string | null;
                code: string | null;
                reason: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            completedAt: string | null;
        };
        CandidateExplanation: {
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            resumeId: string;
            name: string | null;
            /** @description Step 1, scored now from both cards (0..100) */
            score: number;
            /** @description Per category: score, weight, evidence */
            breakdown: {
                [key: string]: components["schemas"]["CategoryScore"];
            };
            missingMustHaves: string[];
            /** @description The pair's place in the job's live ranking; null when it has none */
            live: {
                rank: number;
                score: number;
                /** Format: date-time */
                scoredAt: string;
            } | null;
            /** @description The newest step-2 analysis of the pair; null when none */
            analysis: {
                /** Format: uuid */
                sessionId: string;
                result: components["schemas"]["match-analysis-v1"];
                /** Format: date-time */
                analysedAt: string;
            } | null;
            /** @description The newest recruiter verdict on this candidate in any session of the job; null when none */
            verdict: ("positive" | "negative" | "hired") | null;
        };
        /**
         * @description Where the candidate came from
         * @enum {string}
         */
        CandidateSource: "uploaded" | "internal" | "past";
        CategoryScore: {
            /** @description 0..1 */
            score: number;
            /** @description The weight the category carried; 0 when the job asks nothing of it */
            weight: number;
            evidence: components["schemas"]["MatchEvidence"][];
            /** @description The job should fill this category but gave nothing to compare (no must-have extracted, no title): its weight counts at score 0 and it is left out of coverage */
            unknown?: boolean;
        };
        CodexCatalogue: {
            items: components["schemas"]["CodexEntry"][];
        };
        CodexEntry: {
            /** @description The schema's stable name, e.g. resume-card-v1 (also the card's `schema` field) */
            id: string;
            /** @description Semantic version of the schema */
            version: string;
            title?: string;
            description: string;
            /** @description Where its JSON Schema is served */
            schemaUrl: string;
        };
        CreateFromText: {
            text: string;
            title?: string;
        };
        CurrentVerdict: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            resumeId: string;
            /** @enum {string} */
            verdict: "positive" | "negative" | "hired";
            notes: string | null;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Earlier verdicts on the same candidate in the session, newest first */
            history: components["schemas"]["MatchFeedback"][];
        };
        /** @enum {string} */
        DocumentStatus: "queued" | "processing" | "parsed" | "failed";
        Error: {
            /** @description What went wrong, for a person */
            error: string;
            /** @description Stable dotted code, for a program (e.g. resume.not_found) */
            code: string;
            details?: unknown;
        };
        /** @description Evidence for one card field */
        Evidence: {
            /** @description Dotted path into the card, e.g. basics.title or requirements.must_have[0] */
            field: string;
            /** @description Verbatim text from the source document */
            quote: string;
            /** @description 1-based page number */
            page?: number | null;
            /** @description 1-based line number in the extracted text */
            line?: number | null;
            /** @description 0-based character offset where the quote starts */
            start?: number | null;
            /** @description 0-based character offset where the quote ends (exclusive) */
            end?: number | null;
        };
        /** @description Quote from the source and its position */
        EvidenceSpan: {
            /** @description Verbatim text from the source document */
            quote: string;
            /** @description 1-based page number */
            page?: number | null;
            /** @description 1-based line number in the extracted text */
            line?: number | null;
            /** @description 0-based character offset where the quote starts */
            start?: number | null;
            /** @description 0-based character offset where the quote ends (exclusive) */
            end?: number | null;
        };
        FeedbackList: {
            /** @description One current verdict per candidate and session, newest first */
            items: components["schemas"]["CurrentVerdict"][];
        };
        FileLink: {
            /**
             * Format: uri
             * @description Presigned GET of the original file; valid until expiresAt (5 minutes)
             */
            url: string;
            /** @constant */
            method: "GET";
            filename: string;
            contentType: string;
            sizeBytes: number;
            /** Format: date-time */
            expiresAt: string;
        };
        FileUploadInput: {
            /**
             * Format: binary
             * @description The document (field name `file`)
             */
            file: string;
        };
        FilesUploadInput: {
            /** @description The documents (repeat the field `files`, or `file`); at most 100, 4.5 MB in all */
            files: string[];
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        JobListItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            status: components["schemas"]["DocumentStatus"];
            /** @description Job title or candidate name once parsed */
            title: string | null;
            filename: string;
            language: string | null;
            /** @description Why processing failed, for a person, when status is failed */
            error?: string;
            /** @description Stable dotted code of the failure, for a program, when status is failed (document.encrypted, document.empty_text, workflow.timeout…; the list is in docs/api-contract.md#failure-codes) */
            errorCode?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @constant */
            kind: "job";
            jobStatus: components["schemas"]["JobStatus"];
            /** @description Only with include=card */
            card?: components["schemas"]["job-card-v1"] | components["schemas"]["creative-job-v1"];
            /** @description Once parsed */
            summary?: components["schemas"]["JobSummary"];
        };
        JobListPage: {
            items: components["schemas"]["JobListItem"][];
            /** @description How many records match the filters, over all pages */
            total: number;
            nextCursor: string | null;
        };
        JobRecord: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            status: components["schemas"]["DocumentStatus"];
            /** @description Job title or candidate name once parsed */
            title: string | null;
            filename: string;
            language: string | null;
            /** @description Why processing failed, for a person, when status is failed */
            error?: string;
            /** @description Stable dotted code of the failure, for a program, when status is failed (document.encrypted, document.empty_text, workflow.timeout…; the list is in docs/api-contract.md#failure-codes) */
            errorCode?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @constant */
            kind: "job";
            jobStatus: components["schemas"]["JobStatus"];
            /** @description The Job Card (job-card-v1, or creative-job-v1 for creative roles), once parsed */
            card?: components["schemas"]["job-card-v1"] | components["schemas"]["creative-job-v1"];
        };
        /**
         * @description Hiring stage: only open jobs are scored against new CVs and rematched; a closed job leaves the live rankings
         * @enum {string}
         */
        JobStatus: "open" | "on_hold" | "closed";
        /** @description What a list shows of a parsed job instead of its card */
        JobSummary: {
            company?: string;
            location?: components["schemas"]["Location"];
            workMode?: string;
            seniority?: string;
            employmentType?: string;
            /** @description The first twelve must-have requirements, as written */
            mustHave?: string[];
        };
        /** @description A JSON Schema (draft 2020-12) document */
        JsonSchemaDocument: {
            [key: string]: unknown;
        };
        LiveCandidate: {
            /** @description 1 = best */
            rank: number;
            /** Format: uuid */
            resumeId: string;
            name: string | null;
            filename: string;
            /** @description 0..100 */
            score: number;
            /** @description Per category: score, weight, evidence */
            breakdown: {
                [key: string]: components["schemas"]["CategoryScore"];
            };
            missingMustHaves: string[];
            /** @description The newest recruiter verdict on this candidate in any session of the job; null when none */
            verdict: ("positive" | "negative" | "hired") | null;
            /** Format: date-time */
            scoredAt: string;
        };
        LiveCandidatePage: {
            items: components["schemas"]["LiveCandidate"][];
            nextCursor: string | null;
        };
        LiveJob: {
            /** @description 1 = the best fit */
            rank: number;
            /** Format: uuid */
            jobId: string;
            title: string | null;
            /** @description 0..100 */
            score: number;
            /** @description Per category: score, weight, evidence */
            breakdown: {
                [key: string]: components["schemas"]["CategoryScore"];
            };
            missingMustHaves: string[];
            /** Format: date-time */
            scoredAt: string;
        };
        LiveJobPage: {
            items: components["schemas"]["LiveJob"][];
            nextCursor: string | null;
        };
        /** @description A place, as structured as the source allows */
        Location: {
            city?: string | null;
            region?: string | null;
            /** @description Country name or ISO 3166-1 alpha-2 code */
            country?: string | null;
            /** @description The location as written in the source */
            raw?: string | null;
        };
        MatchEvidence: {
            /** @description The requirement as the job states it */
            requirement: string;
            skillId?: string | null;
            matched: boolean;
            /** @description related: partial credit through the taxonomy; similar: by embeddings */
            via: ("exact" | "related" | "similar" | "text") | null;
            /** @description What in the CV met it */
            candidateText?: string | null;
            note?: string;
        };
        MatchFeedback: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            resumeId: string;
            /** @enum {string} */
            verdict: "positive" | "negative" | "hired";
            notes: string | null;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        MatchFeedbackInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            resumeId: string;
            /** @enum {string} */
            verdict: "positive" | "negative" | "hired";
            notes: string | null;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        MatchResult: {
            /** @description 1 = best */
            rank: number;
            /** Format: uuid */
            resumeId: string;
            /** @description The candidate's name as parsed */
            name: string | null;
            filename: string;
            /** @description 0..100 (docs/scoring.md: what a score means) */
            score: number;
            /** @description 0..1: the share of the job's weight that could be compared; the score never exceeds 100 × coverage */
            coverage: number;
            /** @description Per category: score, weight, evidence */
            breakdown: {
                [key: string]: components["schemas"]["CategoryScore"];
            };
            missingMustHaves: string[];
            /** @description The step-2 analysis (match-analysis-v1), once there is one */
            analysis?: components["schemas"]["match-analysis-v1"];
            /** @description Why the step-2 analysis of this candidate failed */
            analysisError?: string;
            /** @description Stable dotted code of analysisError (ai.unavailable, workflow.timeout…; docs/api-contract.md#failure-codes) */
            analysisErrorCode?: string;
            /** @description The current verdict on this candidate in this session (the newest feedback); null when none */
            verdict: ("positive" | "negative" | "hired") | null;
        };
        MatchSession: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jobId: string;
            /** @enum {string} */
            kind: "step1" | "step2";
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @description What the run was asked for (top, weights) */
            options: unknown;
            /** @description Step 1: the weights the run used (absent on step 2) */
            weighting?: components["schemas"]["MatchWeighting"];
            progress: {
                total: number;
                done: number;
                failed: number;
            };
            /** @description Why the session failed */
            error?: string;
            /** @description Stable dotted code of error, when failed (docs/api-contract.md#failure-codes) */
            errorCode?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description A page of results, best first */
            results: components["schemas"]["MatchResult"][];
            /** @description Pass as ?cursor= for the next page of results */
            nextCursor: string | null;
        };
        MatchSessionPage: {
            items: components["schemas"]["MatchSessionSummary"][];
            nextCursor: string | null;
        };
        MatchSessionSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jobId: string;
            /** @enum {string} */
            kind: "step1" | "step2";
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @description What the run was asked for (top, weights) */
            options: unknown;
            /** @description Step 1: the weights the run used (absent on step 2) */
            weighting?: components["schemas"]["MatchWeighting"];
            progress: {
                total: number;
                done: number;
                failed: number;
            };
            /** @description Why the session failed */
            error?: string;
            /** @description Stable dotted code of error, when failed (docs/api-contract.md#failure-codes) */
            errorCode?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MatchStep1Request: {
            /** @description Candidates to keep (default 50) */
            top?: number;
            weights?: components["schemas"]["MatchWeights"];
        };
        MatchStep2Request: {
            /**
             * Format: uuid
             * @description Analyse the best `top` of this step-1 session
             */
            sessionId?: string;
            /** @description Or exactly these candidates */
            resumeIds?: string[];
            /** @description How many of the best to analyse (default 10); without sessionId, from a fresh step-1 ranking */
            top?: number;
        };
        /** @description The category weights the run used and where they came from: the request's, the tenant's learned from its recruiters' verdicts (docs/scoring.md#learned-weights), or the codex's */
        MatchWeighting: {
            /** @constant */
            source: "codex";
            weights: {
                must_have: number;
                nice_to_have: number;
                title: number;
                seniority: number;
                languages: number;
                location: number;
                education: number;
            };
            /** @description Current verdicts of the tenant: too few to learn from yet */
            verdicts: number;
        } | {
            /** @constant */
            source: "request";
            weights: {
                must_have: number;
                nice_to_have: number;
                title: number;
                seniority: number;
                languages: number;
                location: number;
                education: number;
            };
        } | {
            /** @constant */
            source: "learned";
            weights: {
                must_have: number;
                nice_to_have: number;
                title: number;
                seniority: number;
                languages: number;
                location: number;
                education: number;
            };
            /** @description Current verdicts learned from */
            verdicts: number;
            /** @description Of them positive or hired */
            relevant: number;
            /** @description The codex weights' share in the blend (0..1) */
            priorShare: number;
        };
        /** @description Overrides of the codex category weights for this run (relative; 0 switches a category off) */
        MatchWeights: {
            must_have?: number;
            nice_to_have?: number;
            title?: number;
            seniority?: number;
            languages?: number;
            location?: number;
            education?: number;
        };
        /** @description How the card was produced */
        Meta: {
            /** @description Who produced the card: rules, openai, manual… */
            provider?: string | null;
            /** @description Parser name within the provider */
            parser?: string | null;
            /** @description Parser version */
            version?: string | null;
            /** @description LLM model id, when one was used */
            model?: string | null;
            /** @description ISO 8601 timestamp */
            generated_at?: string | null;
            /** @description What a person should know: claims dropped for lack of evidence, instructions found in the document… */
            warnings?: string[] | null;
        };
        /** @description A field the parser could not fill */
        MissingField: {
            /** @description Dotted path into the card, e.g. basics.title or requirements.must_have[0] */
            field: string;
            /** @enum {string} */
            severity: "critical" | "important" | "optional";
            /** @description Why the field is missing, for a person to act on */
            reason: string;
        };
        PatchJob: {
            jobStatus?: components["schemas"]["JobStatus"];
            title?: string;
            /** @description Corrections to the card as a JSON Merge Patch (RFC 7396): objects merge, arrays and values replace, null removes a field. The result must still validate against the card's codex schema (400 <kind>.invalid_card) */
            card?: {
                [key: string]: unknown;
            };
        };
        PatchResume: {
            pipelineStatus?: components["schemas"]["PipelineStatus"];
            source?: components["schemas"]["CandidateSource"];
            /** @description The candidate's name as shown in lists */
            title?: string;
            /** @description Corrections to the card as a JSON Merge Patch (RFC 7396): objects merge, arrays and values replace, null removes a field. The result must still validate against the card's codex schema (400 <kind>.invalid_card) */
            card?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Where the candidate stands in the recruiter's pipeline
         * @enum {string}
         */
        PipelineStatus: "available" | "interviewing" | "hired" | "archived";
        PresignRequest: {
            filename: string;
            contentType: string;
            /** @description File size in bytes */
            size: number;
        };
        PresignedUpload: {
            /**
             * Format: uuid
             * @description The job or resume the file becomes: poll it like any upload (queued until the PUT lands; failed with upload.never_arrived when the URL expires unused)
             */
            id: string;
            /** Format: uuid */
            documentId: string;
            status: components["schemas"]["DocumentStatus"];
            /** Format: uuid */
            uploadId: string;
            /** @constant */
            method: "PUT";
            /** Format: uri */
            url: string;
            key: string;
            headers: {
                [key: string]: string;
            };
            /** Format: date-time */
            expiresAt: string;
        };
        Readiness: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            failing: ("database" | "uploadsBucket" | "dropsBucket")[];
            checks: {
                database: {
                    ok: boolean;
                    /** @description The failure's code or name (no message: it could carry a URL) */
                    error?: string;
                    durationMs: number;
                };
                uploadsBucket: {
                    ok: boolean;
                    /** @description The failure's code or name (no message: it could carry a URL) */
                    error?: string;
                    durationMs: number;
                };
                dropsBucket: {
                    ok: boolean;
                    /** @description The failure's code or name (no message: it could carry a URL) */
                    error?: string;
                    durationMs: number;
                };
            };
        };
        RegisterWebhookRequest: {
            /** @description Where deliveries are POSTed: https, a public address (http and 127.0.0.1 only locally) */
            url: string;
            /** @description The events this endpoint wants */
            events: components["schemas"]["WebhookEventType"][];
            description?: string;
        };
        RegisteredWebhook: {
            /** Format: uuid */
            id: string;
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            description: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description whsec_… : the key deliveries are signed with (Standard Webhooks). Shown only now: keep it */
            secret: string;
        };
        /** @description A proposed edit the verifier refused */
        RejectedEdit: {
            /** @description As the provider proposed it */
            path: string;
            /** @enum {string} */
            kind: "rewrite" | "reorder" | "rename" | "hide";
            after: string | string[] | null;
            /** @enum {string} */
            code: "blocked_path" | "unknown_path" | "invalid_value" | "new_skill" | "new_name" | "new_title" | "new_number" | "new_degree" | "new_certification" | "reorder_changes_items" | "hide_not_allowed";
            /** @description Which rule the edit broke, or which fact it added */
            reason: string;
        };
        /** @description One requirement of the job */
        Requirement: {
            /** @description The requirement as written */
            text: string;
            /** @enum {string} */
            kind: "skill" | "experience" | "education" | "certification" | "language" | "other";
            /** @description Canonical skill id from the codex taxonomy */
            skill_id?: string | null;
            years_min?: number | null;
            evidence?: components["schemas"]["EvidenceSpan"] | null;
        };
        ResumeListItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            status: components["schemas"]["DocumentStatus"];
            /** @description Job title or candidate name once parsed */
            title: string | null;
            filename: string;
            language: string | null;
            /** @description Why processing failed, for a person, when status is failed */
            error?: string;
            /** @description Stable dotted code of the failure, for a program, when status is failed (document.encrypted, document.empty_text, workflow.timeout…; the list is in docs/api-contract.md#failure-codes) */
            errorCode?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @constant */
            kind: "resume";
            pipelineStatus: components["schemas"]["PipelineStatus"];
            source: components["schemas"]["CandidateSource"];
            /** @description Only with include=card */
            card?: components["schemas"]["resume-card-v1"];
            /** @description Once parsed */
            summary?: components["schemas"]["ResumeSummary"];
        };
        ResumeListPage: {
            items: components["schemas"]["ResumeListItem"][];
            /** @description How many records match the filters, over all pages */
            total: number;
            nextCursor: string | null;
        };
        ResumeRecord: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            status: components["schemas"]["DocumentStatus"];
            /** @description Job title or candidate name once parsed */
            title: string | null;
            filename: string;
            language: string | null;
            /** @description Why processing failed, for a person, when status is failed */
            error?: string;
            /** @description Stable dotted code of the failure, for a program, when status is failed (document.encrypted, document.empty_text, workflow.timeout…; the list is in docs/api-contract.md#failure-codes) */
            errorCode?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @constant */
            kind: "resume";
            pipelineStatus: components["schemas"]["PipelineStatus"];
            source: components["schemas"]["CandidateSource"];
            /** @description The Resume Card (resume-card-v1), once parsed */
            card?: components["schemas"]["resume-card-v1"];
        };
        /** @description What a list shows of a parsed CV instead of its card */
        ResumeSummary: {
            headline?: string;
            location?: components["schemas"]["Location"];
            /** @description The first experience entry's title (CVs list the latest first) */
            latestTitle?: string;
            latestEmployer?: string;
            totalYearsExperience?: number;
            /** @description The card's first twelve skills */
            skills?: string[];
        };
        Skill: {
            id: string;
            label: string;
            category: string;
            source: string;
            sourceLabel: string;
            aliases: string[];
        };
        SkillAlias: {
            alias: string;
            skillId: string;
            /** Format: date-time */
            createdAt: string;
        };
        SkillAliasInput: {
            alias: string;
            skillId: string;
            /** Format: date-time */
            createdAt: string;
        };
        SkillAliasPage: {
            items: components["schemas"]["SkillAlias"][];
            nextCursor: null;
        };
        SkillPage: {
            items: components["schemas"]["Skill"][];
        };
        SkillsReport: {
            /** @description Parsed, open jobs: the demand's denominator */
            openJobs: number;
            /** @description Parsed CVs: the supply's denominator */
            candidates: number;
            /** @enum {string} */
            order: "demand" | "gap";
            items: {
                /** @description The taxonomy skill id */
                skillId: string;
                label: string;
                category: string | null;
                demand: {
                    jobs: number;
                    /** @description jobs / openJobs */
                    share: number;
                };
                supply: {
                    candidates: number;
                    /** @description candidates / the report's candidates */
                    share: number;
                };
                /** @description demand.share − supply.share: above 0, scarcer in CVs than asked */
                gap: number;
            }[];
        };
        /** @description One applied edit of the change log */
        TailorChange: {
            /** @description Where in the card: summary, work_experience[2].bullets[1], skills… */
            path: string;
            /** @enum {string} */
            kind: "rewrite" | "reorder" | "rename" | "hide";
            before: string | string[] | null;
            after: string | string[] | null;
            /** @description Why, for the recruiter */
            reason: string;
            /** @description The job requirement the edit serves, as the job writes it */
            requirement: string | null;
        };
        /** @description How to tailor: output language, style, strategy and the recruiter's instructions */
        TailorOptions: {
            /** @description desired_output_lang: the language of the tailored CV; absent keeps the CV's own */
            language?: ("en" | "da" | "ar" | "de" | "fr" | "sv" | "no" | "es") | null;
            /**
             * @default conservative
             * @enum {string}
             */
            style: "conservative" | "modern" | "impact";
            /**
             * @default keywords
             * @enum {string}
             */
            strategy: "nudge" | "keywords" | "full";
            /** @description The recruiter's wishes in free text (at most 1,000 characters), e.g. 'stress the team leadership'. An LLM provider reads them as preferences inside its rules (never to add a fact), screened for injected instructions like the CV; the rules provider does not use them and says so in the bundle's warnings */
            instructions?: string | null;
        };
        /** @description How to tailor: output language, style, strategy and the recruiter's instructions */
        TailorOptionsInput: {
            /** @description desired_output_lang: the language of the tailored CV; absent keeps the CV's own */
            language?: ("en" | "da" | "ar" | "de" | "fr" | "sv" | "no" | "es") | null;
            /**
             * @default conservative
             * @enum {string}
             */
            style: "conservative" | "modern" | "impact";
            /**
             * @default keywords
             * @enum {string}
             */
            strategy: "nudge" | "keywords" | "full";
            /** @description The recruiter's wishes in free text (at most 1,000 characters), e.g. 'stress the team leadership'. An LLM provider reads them as preferences inside its rules (never to add a fact), screened for injected instructions like the CV; the rules provider does not use them and says so in the bundle's warnings */
            instructions?: string | null;
        };
        TailorResumeRequestInput: {
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            resumeId: string;
            /** @description language (absent keeps the CV's own), style (default conservative), strategy (default keywords) */
            options?: components["schemas"]["TailorOptionsInput"];
        };
        Tailoring: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            resumeId: string;
            options: components["schemas"]["TailorOptions"];
            /** @description The provider asked */
            provider: ("openai" | "rules") | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            finishedAt: string | null;
            /** @description Why the tailoring failed; null unless failed */
            error: string | null;
            /** @description Stable dotted code of error (ai.unavailable, workflow.timeout…); null unless failed */
            errorCode: string | null;
            /** @description Once done: the tailored card, change log, refused edits, coverage, ATS report and verification */
            bundle: components["schemas"]["resume-tailor-v1"] | null;
        };
        TailoringPage: {
            items: components["schemas"]["TailoringSummary"][];
            nextCursor: string | null;
        };
        TailoringSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            resumeId: string;
            options: components["schemas"]["TailorOptions"];
            /** @description The provider asked */
            provider: ("openai" | "rules") | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            finishedAt: string | null;
            /** @description Why the tailoring failed; null unless failed */
            error: string | null;
            /** @description Stable dotted code of error (ai.unavailable, workflow.timeout…); null unless failed */
            errorCode: string | null;
        };
        UploadAccepted: {
            /**
             * Format: uuid
             * @description The job or resume id to poll
             */
            id: string;
            /** Format: uuid */
            documentId: string;
            status: components["schemas"]["DocumentStatus"];
            /** @description true when the same file was already uploaded (HTTP 200) */
            duplicate: boolean;
        };
        Version: {
            env: string;
            commit?: string;
        };
        VisionResult: {
            text: string;
            pages: number;
            language: string | null;
            /** @description ocr, or pdf-text/docx/… when the file had a text layer */
            method: string;
            /** @description tesseract, openai-vision:<model>, or text-layer */
            provider: string;
            warnings: string[];
        };
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            description: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            webhookId: string;
            /** @description The webhook-id header: the same for every attempt (deduplicate on it) */
            eventId: string;
            eventType: string;
            /** @description The body sent: {type, timestamp, data} */
            payload: unknown;
            /** @enum {string} */
            status: "pending" | "delivered" | "retrying" | "dead";
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            deliveredAt: string | null;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        WebhookEventType: "document.parsed" | "document.failed" | "match.step1.completed" | "match.step2.completed" | "tailoring.completed" | "tailoring.failed" | "batch.completed";
        WebhookPage: {
            items: components["schemas"]["Webhook"][];
            nextCursor: string | null;
        };
        /**
         * Creative Job v1
         * @description A creative role (agency, studio, in-house): the job card plus portfolio and craft labels.
         */
        "creative-job-v1": {
            /** @constant */
            schema: "creative-job-v1";
            basics: {
                /** @description Job title as written; null when not found */
                title: string | null;
                /** @description Canonical title from the codex taxonomy */
                normalized_title?: string | null;
                seniority?: ("intern" | "junior" | "mid" | "senior" | "lead" | "principal" | "head" | "director" | "executive") | null;
                company?: string | null;
                department?: string | null;
                location?: components["schemas"]["Location"] | null;
                work_mode?: ("onsite" | "hybrid" | "remote" | "unknown") | null;
                employment_type?: ("full_time" | "part_time" | "contract" | "freelance" | "temporary" | "internship" | "apprenticeship" | "volunteer" | "other") | null;
                contract?: {
                    /** @description permanent, fixed-term, framework agreement… */
                    type?: string | null;
                    /** @description As written, e.g. '6 months with option to extend' */
                    duration?: string | null;
                    /** @description ISO date or as written ('ASAP') */
                    start_date?: string | null;
                    /** @description Hourly/daily rate as written */
                    rate?: string | null;
                } | null;
                salary?: {
                    min?: number | null;
                    max?: number | null;
                    currency?: string | null;
                    period?: ("hour" | "day" | "week" | "month" | "year") | null;
                    /** @description The salary as written in the source */
                    raw?: string | null;
                } | null;
            };
            overview?: {
                summary?: string | null;
                /** @default [] */
                responsibilities: string[];
            } | null;
            /**
             * @default {
             *       "must_have": [],
             *       "nice_to_have": []
             *     }
             */
            requirements: {
                /** @default [] */
                must_have: components["schemas"]["Requirement"][];
                /** @default [] */
                nice_to_have: components["schemas"]["Requirement"][];
            };
            competencies?: {
                area: string;
                /** @default [] */
                items: string[];
            }[] | null;
            procurement?: {
                /** @description Tender or call-off reference */
                reference?: string | null;
                buyer?: string | null;
                /** @description Framework agreement or procedure */
                framework?: string | null;
                lot?: string | null;
                /** @description Submission deadline, ISO date-time or as written */
                deadline?: string | null;
                /** @description Budget or ceiling as written */
                budget?: string | null;
                /** @description Where and how to submit */
                submission?: string | null;
                award_criteria?: string[] | null;
            } | null;
            contact?: {
                name?: string | null;
                email?: string | null;
                phone?: string | null;
                url?: string | null;
            } | null;
            project_details?: {
                name?: string | null;
                duration?: string | null;
                start?: string | null;
                end?: string | null;
                client?: string | null;
                domain?: string | null;
            } | null;
            language_requirements?: {
                /** @description ISO 639-1 language code */
                language: string;
                level?: ("A1" | "A2" | "B1" | "B2" | "C1" | "C2" | "basic" | "conversational" | "professional" | "fluent" | "native") | null;
                /** @default true */
                required: boolean;
            }[] | null;
            years_required?: number | null;
            /** @description Detected language of the source document */
            language?: string | null;
            /** @default [] */
            missing_fields: components["schemas"]["MissingField"][];
            /** @default [] */
            evidence: components["schemas"]["Evidence"][];
            meta?: components["schemas"]["Meta"] | null;
            /**
             * @default {
             *       "disciplines": [],
             *       "tools": [],
             *       "deliverables": []
             *     }
             */
            creative: {
                /**
                 * @description Art direction, copywriting, motion…
                 * @default []
                 */
                disciplines: string[];
                /**
                 * @description Figma, After Effects, Cinema 4D…
                 * @default []
                 */
                tools: string[];
                portfolio?: {
                    /** @default false */
                    required: boolean;
                    /** @description PDF, website, reel, Behance… */
                    formats?: string[] | null;
                    notes?: string | null;
                } | null;
                /** @default [] */
                deliverables: string[];
                /** @description Brief or campaign descriptions */
                briefs?: string[] | null;
                agency?: string | null;
                client?: string | null;
                brands?: string[] | null;
            };
        };
        /**
         * Job Card v1
         * @description A job description, structured and normalized by the codex.
         */
        "job-card-v1": {
            /** @constant */
            schema: "job-card-v1";
            basics: {
                /** @description Job title as written; null when not found */
                title: string | null;
                /** @description Canonical title from the codex taxonomy */
                normalized_title?: string | null;
                seniority?: ("intern" | "junior" | "mid" | "senior" | "lead" | "principal" | "head" | "director" | "executive") | null;
                company?: string | null;
                department?: string | null;
                location?: components["schemas"]["Location"] | null;
                work_mode?: ("onsite" | "hybrid" | "remote" | "unknown") | null;
                employment_type?: ("full_time" | "part_time" | "contract" | "freelance" | "temporary" | "internship" | "apprenticeship" | "volunteer" | "other") | null;
                contract?: {
                    /** @description permanent, fixed-term, framework agreement… */
                    type?: string | null;
                    /** @description As written, e.g. '6 months with option to extend' */
                    duration?: string | null;
                    /** @description ISO date or as written ('ASAP') */
                    start_date?: string | null;
                    /** @description Hourly/daily rate as written */
                    rate?: string | null;
                } | null;
                salary?: {
                    min?: number | null;
                    max?: number | null;
                    currency?: string | null;
                    period?: ("hour" | "day" | "week" | "month" | "year") | null;
                    /** @description The salary as written in the source */
                    raw?: string | null;
                } | null;
            };
            overview?: {
                summary?: string | null;
                /** @default [] */
                responsibilities: string[];
            } | null;
            /**
             * @default {
             *       "must_have": [],
             *       "nice_to_have": []
             *     }
             */
            requirements: {
                /** @default [] */
                must_have: components["schemas"]["Requirement"][];
                /** @default [] */
                nice_to_have: components["schemas"]["Requirement"][];
            };
            competencies?: {
                area: string;
                /** @default [] */
                items: string[];
            }[] | null;
            procurement?: {
                /** @description Tender or call-off reference */
                reference?: string | null;
                buyer?: string | null;
                /** @description Framework agreement or procedure */
                framework?: string | null;
                lot?: string | null;
                /** @description Submission deadline, ISO date-time or as written */
                deadline?: string | null;
                /** @description Budget or ceiling as written */
                budget?: string | null;
                /** @description Where and how to submit */
                submission?: string | null;
                award_criteria?: string[] | null;
            } | null;
            contact?: {
                name?: string | null;
                email?: string | null;
                phone?: string | null;
                url?: string | null;
            } | null;
            project_details?: {
                name?: string | null;
                duration?: string | null;
                start?: string | null;
                end?: string | null;
                client?: string | null;
                domain?: string | null;
            } | null;
            language_requirements?: {
                /** @description ISO 639-1 language code */
                language: string;
                level?: ("A1" | "A2" | "B1" | "B2" | "C1" | "C2" | "basic" | "conversational" | "professional" | "fluent" | "native") | null;
                /** @default true */
                required: boolean;
            }[] | null;
            years_required?: number | null;
            /** @description Detected language of the source document */
            language?: string | null;
            /** @default [] */
            missing_fields: components["schemas"]["MissingField"][];
            /** @default [] */
            evidence: components["schemas"]["Evidence"][];
            meta?: components["schemas"]["Meta"] | null;
        };
        /**
         * Match Analysis v1
         * @description The step-2 deep dive on one candidate for one job: score, verdict, strengths, gaps, risks, CV quotes.
         */
        "match-analysis-v1": {
            /** @constant */
            schema: "match-analysis-v1";
            /** @description 0..100; kept within ±score_band of the step-1 score, and never above it when injection_detected */
            score: number;
            /** @description How much the analysis can be trusted (0..1) */
            confidence: number;
            /**
             * @description strong ≥ 80, good ≥ 65, mixed ≥ 45, weak below
             * @enum {string}
             */
            verdict: "strong" | "good" | "mixed" | "weak";
            /** @description Two or three sentences for the recruiter */
            summary: string;
            /** @default [] */
            strengths: string[];
            /** @default [] */
            gaps: string[];
            /** @default [] */
            risks: string[];
            /** @default [] */
            evidence: {
                /** @description Verbatim from the CV; quotes the CV does not contain are dropped */
                quote: string;
                /** @description The strength, gap or requirement the quote bears on */
                supports: string;
            }[];
            /**
             * @description Recommended questions for an interview
             * @default []
             */
            interview_questions: string[];
            /** @description The deterministic step-1 score the analysis started from */
            step1_score: number;
            /** @description How far the analysis may move the score from step 1 */
            score_band: number;
            /** @description The CV contains text that reads like instructions to the model; it was treated as data */
            injection_detected: boolean;
            /**
             * @description What was found, and what was done about it
             * @default []
             */
            injection_notes: string[];
            /**
             * @description What a person should know (clamping, dropped quotes…)
             * @default []
             */
            notes: string[];
            /** @enum {string} */
            provider: "openai" | "rules";
            model: string | null;
            /** @description match-analysis prompt version (the rules provider's own for rules) */
            prompt_version: string;
            /** @description true: derived from the step-1 evidence, no language model involved */
            rule_based: boolean;
        };
        /**
         * Resume Card v1
         * @description A CV/resume, structured and normalized by the codex.
         */
        "resume-card-v1": {
            /** @constant */
            schema: "resume-card-v1";
            /**
             * @default {
             *       "links": []
             *     }
             */
            personal_info: {
                name?: string | null;
                email?: string | null;
                phone?: string | null;
                location?: components["schemas"]["Location"] | null;
                /** @default [] */
                links: {
                    /** @enum {string} */
                    kind: "linkedin" | "github" | "website" | "portfolio" | "other";
                    /** Format: uri */
                    url: string;
                }[];
                headline?: string | null;
            };
            summary?: string | null;
            /** @default [] */
            work_experience: {
                title?: string | null;
                normalized_title?: string | null;
                company?: string | null;
                location?: components["schemas"]["Location"] | null;
                start?: string | null;
                /** @description null while current */
                end?: string | null;
                /** @default false */
                current: boolean;
                /** @default [] */
                bullets: string[];
                skills?: string[] | null;
                /** @description How clearly the entry's header told title, employer and place apart (0-1): the margin of the best reading over the next; null when not read by the rules parser */
                role_confidence?: number | null;
            }[];
            /** @default [] */
            education: {
                degree?: string | null;
                field?: string | null;
                institution?: string | null;
                start?: string | null;
                end?: string | null;
                grade?: string | null;
            }[];
            /** @default [] */
            skills: {
                /** @description Canonical skill id from the codex taxonomy */
                id?: string | null;
                name: string;
                /** @description The skill as written */
                raw?: string | null;
                category?: string | null;
                years?: number | null;
                evidence?: components["schemas"]["EvidenceSpan"] | null;
            }[];
            /** @default [] */
            languages: {
                /** @description ISO 639-1 language code */
                language: string;
                /** @description The language as written */
                name?: string | null;
                level?: ("A1" | "A2" | "B1" | "B2" | "C1" | "C2" | "basic" | "conversational" | "professional" | "fluent" | "native") | null;
            }[];
            /** @default [] */
            certifications: {
                name: string;
                issuer?: string | null;
                date?: string | null;
                /** @description Credential id */
                id?: string | null;
            }[];
            projects?: {
                name: string;
                description?: string | null;
                role?: string | null;
                url?: string | null;
                start?: string | null;
                end?: string | null;
                skills?: string[] | null;
            }[] | null;
            total_years_experience?: number | null;
            /** @description Detected language of the source document */
            language?: string | null;
            /** @default [] */
            missing_fields: components["schemas"]["MissingField"][];
            /** @default [] */
            evidence: components["schemas"]["Evidence"][];
            meta?: components["schemas"]["Meta"] | null;
        };
        /**
         * Resume Tailor v1
         * @description A CV tailored to one job: the tailored card, the change log, refused edits, requirement coverage, an ATS report, verification and provider.
         */
        "resume-tailor-v1": {
            /** @constant */
            schema: "resume-tailor-v1";
            tailored_card: components["schemas"]["resume-card-v1"];
            /** @description The change log: every applied edit */
            changes: components["schemas"]["TailorChange"][];
            /** @description Proposed edits the verifier refused, with the reason */
            rejected: components["schemas"]["RejectedEdit"][];
            coverage: {
                must_have: {
                    /** @description As the job writes it */
                    requirement: string;
                    /**
                     * @description covered: the CV says it; covered_other_name: the CV says it under another name; missing
                     * @enum {string}
                     */
                    status: "covered" | "covered_other_name" | "missing";
                    /** @description Taxonomy id when the requirement names a skill */
                    skill_id: string | null;
                    /** @description The skill as the job names it */
                    job_term: string | null;
                    /** @description What in the CV covers it, as the CV writes it */
                    cv_term: string | null;
                    /** @description e.g. a related skill the CV has; never claimed as the requirement */
                    note: string | null;
                }[];
                nice_to_have: {
                    /** @description As the job writes it */
                    requirement: string;
                    /**
                     * @description covered: the CV says it; covered_other_name: the CV says it under another name; missing
                     * @enum {string}
                     */
                    status: "covered" | "covered_other_name" | "missing";
                    /** @description Taxonomy id when the requirement names a skill */
                    skill_id: string | null;
                    /** @description The skill as the job names it */
                    job_term: string | null;
                    /** @description What in the CV covers it, as the CV writes it */
                    cv_term: string | null;
                    /** @description e.g. a related skill the CV has; never claimed as the requirement */
                    note: string | null;
                }[];
                counts: {
                    covered: number;
                    covered_other_name: number;
                    missing: number;
                };
                /** @description Missing requirements: listed here, never added to the CV */
                gaps: string[];
            };
            ats: {
                keywords: {
                    /** @description Job keywords the tailored CV contains */
                    present: string[];
                    /** @description Job keywords the source supports but the tailored CV does not show (should be empty) */
                    missing_supported: string[];
                    /** @description Job keywords the candidate does not have: gaps */
                    missing_unsupported: string[];
                    /** @description present / all job keywords */
                    coverage: number;
                };
                sections: {
                    present: string[];
                    /** @description Standard sections an ATS looks for that the CV lacks */
                    missing: string[];
                };
                length: {
                    words: number;
                    characters: number;
                    /** @description At about 450 words a page */
                    estimated_pages: number;
                };
            };
            verification: {
                /** @description The tailored card claims nothing the source does not (always true when stored) */
                passed: boolean;
                /** @description Skills, names, titles, numbers and dates checked against the source */
                facts_checked: number;
                /** @description Empty when passed */
                violations: string[];
            };
            /** @description What a person should know (no translation, injection found…) */
            warnings: string[];
            options: components["schemas"]["TailorOptions"];
            language: {
                source: string | null;
                requested: string | null;
                output: string | null;
            };
            /** @description The CV contains text that reads like instructions; it was treated as data, not obeyed */
            injection_detected: boolean;
            /** @enum {string} */
            provider: "openai" | "rules";
            model: string | null;
            /** @description The tailoring prompt's version (the rules provider's own for rules) */
            prompt_version: string;
            /** Format: date-time */
            generated_at: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    version: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Version"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    docs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page (Swagger UI) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    docsAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description swagger-ui-bundle.js, swagger-ui.css or docs.js */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/javascript; charset=utf-8": string;
                    "text/css; charset=utf-8": string;
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such asset: docs.asset_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /** @description One status or several: `status=parsed,failed` (or the parameter repeated) */
                status?: string;
                /** @description Search: every word of it in the card (name, titles, employers, skills; each word as a prefix), or a substring of the title/name or the filename */
                q?: string;
                /** @description Taxonomy skill ids (GET /api/codex/skills), comma-separated: records holding all of them */
                skill?: string;
                /** @description Order (a leading - is descending); title is the job title or the candidate's name. Default -createdAt */
                sort?: "-createdAt" | "createdAt" | "-updatedAt" | "updatedAt" | "title" | "-title";
                /** @description `card`: each item carries its whole card (heavy) */
                include?: "card";
                language?: string;
                createdAfter?: string;
                createdBefore?: string;
                limit?: string;
                cursor?: string;
                jobStatus?: components["schemas"]["JobStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobListPage"];
                };
            };
            /** @description Bad filter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createJobFromText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFromText"];
            };
        };
        responses: {
            /** @description The same file was already uploaded; the existing record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description Job accepted and queued for parsing */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over the size limit: upload.too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUploadInput"];
            };
        };
        responses: {
            /** @description The same file was already uploaded; the existing record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description Job accepted and queued for parsing */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description No file, or an empty file */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description File over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not multipart/form-data, or a file type that cannot be read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    presignJobUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PresignRequest"];
            };
        };
        responses: {
            /** @description Presigned upload */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresignedUpload"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description File over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRecord"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchJob"];
            };
        };
        responses: {
            /** @description The corrected job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRecord"];
                };
            };
            /** @description Nothing to change, a bad value, or a card that no longer validates: job.invalid_card */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Card corrections before the job is parsed: job.not_parsed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over the size limit: upload.too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    retryJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Job queued again */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The job is not failed, or its stored file is gone (upload it again) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadJobBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FilesUploadInput"];
            };
        };
        responses: {
            /** @description The batch, its files queued (or reported: duplicates, refusals) */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description No file, or more than 100 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getJobFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileLink"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job, or its file is no longer stored: document.file_missing */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listResumes: {
        parameters: {
            query?: {
                /** @description One status or several: `status=parsed,failed` (or the parameter repeated) */
                status?: string;
                /** @description Search: every word of it in the card (name, titles, employers, skills; each word as a prefix), or a substring of the title/name or the filename */
                q?: string;
                /** @description Taxonomy skill ids (GET /api/codex/skills), comma-separated: records holding all of them */
                skill?: string;
                /** @description Order (a leading - is descending); title is the job title or the candidate's name. Default -createdAt */
                sort?: "-createdAt" | "createdAt" | "-updatedAt" | "updatedAt" | "title" | "-title";
                /** @description `card`: each item carries its whole card (heavy) */
                include?: "card";
                language?: string;
                createdAfter?: string;
                createdBefore?: string;
                limit?: string;
                cursor?: string;
                pipelineStatus?: components["schemas"]["PipelineStatus"];
                source?: components["schemas"]["CandidateSource"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResumeListPage"];
                };
            };
            /** @description Bad filter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createResumeFromText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFromText"];
            };
        };
        responses: {
            /** @description The same file was already uploaded; the existing record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description Resume accepted and queued for parsing */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over the size limit: upload.too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadResume: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUploadInput"];
            };
        };
        responses: {
            /** @description The same file was already uploaded; the existing record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description Resume accepted and queued for parsing */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description No file, or an empty file */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description File over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not multipart/form-data, or a file type that cannot be read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    presignResumeUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PresignRequest"];
            };
        };
        responses: {
            /** @description Presigned upload */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresignedUpload"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description File over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resume */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResumeRecord"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resume for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resume for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchResume"];
            };
        };
        responses: {
            /** @description The corrected resume */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResumeRecord"];
                };
            };
            /** @description Nothing to change, a bad value, or a card that no longer validates: resume.invalid_card */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resume for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Card corrections before the resume is parsed: resume.not_parsed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over the size limit: upload.too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    retryResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resume queued again */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resume for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resume is not failed, or its stored file is gone (upload it again) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadResumeBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FilesUploadInput"];
            };
        };
        responses: {
            /** @description The batch, its files queued (or reported: duplicates, refusals) */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description No file, or more than 100 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getResumeFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileLink"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resume, or its file is no longer stored: document.file_missing */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    runMatchStep1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MatchStep1Request"];
            };
        };
        responses: {
            /** @description The finished session, best candidates first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSession"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The job is not parsed (yet): match.job_not_ready */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over the size limit: upload.too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    runMatchStep2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchStep2Request"];
            };
        };
        responses: {
            /** @description The step-2 session, running */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSessionSummary"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job, session or resume for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The job or a resume is not parsed, the session is not a finished step-1 session of this job, or there is no candidate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over the size limit: upload.too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listJobMatchSessions: {
        parameters: {
            query?: {
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sessions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSessionPage"];
                };
            };
            /** @description Bad cursor or limit */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMatchSession: {
        parameters: {
            query?: {
                /** @description Results per page (default 50) */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session and a page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchSession"];
                };
            };
            /** @description Bad cursor or limit */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such match session for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSessionFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current verdicts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackList"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such match session for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addMatchFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchFeedbackInput"];
            };
        };
        responses: {
            /** @description The feedback */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchFeedback"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such session, or no such resume, for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over the size limit: upload.too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listJobCandidates: {
        parameters: {
            query?: {
                /** @description Only scores at least this (0..100) */
                minScore?: string;
                /** @description Per page (default 50) */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of candidates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveCandidatePage"];
                };
            };
            /** @description Bad minScore, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getJobCandidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
                resumeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pair explained */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateExplanation"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job or resume for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The job or the CV is not parsed: match.job_not_ready / match.resume_not_ready */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listResumeJobs: {
        parameters: {
            query?: {
                /** @description Only scores at least this (0..100) */
                minScore?: string;
                /** @description Per page (default 50) */
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of jobs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveJobPage"];
                };
            };
            /** @description Bad minScore, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resume for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listJobFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current verdicts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackList"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTailorings: {
        parameters: {
            query?: {
                jobId?: string;
                resumeId?: string;
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tailorings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TailoringPage"];
                };
            };
            /** @description Bad filter, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tailorResume: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TailorResumeRequestInput"];
            };
        };
        responses: {
            /** @description The tailoring, queued */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tailoring"];
                };
            };
            /** @description Invalid body or options */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such job or resume for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The job or the resume is not parsed (yet) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over the size limit: upload.too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTailoring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tailoring */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tailoring"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such tailoring for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportTailoring: {
        parameters: {
            query: {
                /** @description md (Markdown), docx (Word) or pdf */
                format: "md" | "docx" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/pdf": string;
                };
            };
            /** @description Unknown format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such tailoring for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The tailoring is not done: tailoring.not_ready */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    visionExtract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUploadInput"];
            };
        };
        responses: {
            /** @description The text, in reading order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisionResult"];
                };
            };
            /** @description No file, an empty or unreadable file */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description File over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not multipart/form-data, or a file type that cannot be read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchSkills: {
        parameters: {
            query: {
                q: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching skills */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillPage"];
                };
            };
            /** @description No query, or a bad limit */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSkillAliases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Aliases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillAliasPage"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSkillAlias: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillAliasInput"];
            };
        };
        responses: {
            /** @description The alias */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillAlias"];
                };
            };
            /** @description Unknown skill id or invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over the size limit: upload.too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSkillAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alias: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such alias for this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCodexSchemas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every card schema */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodexCatalogue"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCodexSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A schema name from GET /api/codex, e.g. job-card-v1 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JSON Schema */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonSchemaDocument"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such schema in the codex: codex.not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    registerWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterWebhookRequest"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredWebhook"];
                };
            };
            /** @description Invalid URL (webhook.invalid_url) or one that is not public (webhook.url_not_allowed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over the size limit: upload.too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not sent as application/json: request.unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such webhook for this tenant: webhook.not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test delivery, queued */
            202: {
                headers: {
                    /** @description The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md) */
                    Location?: string;
                    /** @description Seconds worth waiting before polling it */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such webhook for this tenant: webhook.not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such webhook for this tenant: webhook.not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such batch for this tenant: batch.not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportBatch: {
        parameters: {
            query?: {
                /** @description csv (the default) or json */
                format?: "csv" | "json";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                    "application/json": string;
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such batch for this tenant: batch.not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Invalid parameters, query or body: request.* */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not ready: ops.not_ready, `details` is the readiness report (`failing` names what is down) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Events about this document (its extraction, and a CV's analyses and tailorings) */
                documentId?: string;
                /** @description Events about this job (its extraction, analyses against it, tailorings to it) */
                jobId?: string;
                /** @description Events about this CV */
                resumeId?: string;
                kind?: components["schemas"]["AuditKind"];
                /** @description Events at or after this moment */
                from?: string;
                /** @description Events before this moment */
                to?: string;
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Bad filter, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsDashboard: {
        parameters: {
            query?: {
                /** @description How many recent events (default 20, at most 100) */
                recent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsDashboard"];
                };
            };
            /** @description Bad query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSkillsReport: {
        parameters: {
            query?: {
                /** @description How many skills (default 20, at most 200) */
                top?: string;
                /** @description demand: most-asked first (the default); gap: demand share minus supply share, largest first */
                order?: "demand" | "gap";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The skills report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillsReport"];
                };
            };
            /** @description Bad query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, malformed or expired token: auth.* */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role not allowed: auth.forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: rate_limit.exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Failure on our side (logged): internal.error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service it depends on failed: upstream.* */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too busy now, retry after Retry-After: server.busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}

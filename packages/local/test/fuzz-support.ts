import type { RouteDef } from "@futodama/functions/routes";
import fc from "fast-check";

/**
 * Generated garbage for every route (issue 11): each request carries at least one poison the
 * API must refuse (a NUL, a lone surrogate, a broken %-encoding, a body that cannot be a
 * document), plus noise elsewhere — extreme dates and numbers, huge and odd strings.
 */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Where the poison went (for the failure message). */
  poison: string;
}

/** %-encodes every UTF-16 code unit as UTF-8 would, lone surrogates included (CESU style). */
export function percentEncodeUnits(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const isPair = unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (isPair) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join("");
    } else {
      out += encodeURIComponent(text[i] ?? "");
    }
  }
  return out;
}

const extremes = [
  "0000-01-01T00:00:00Z",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00Z",
  "2024-02-30T25:61:61Z",
  "9".repeat(400),
  "1e309",
  "-0",
  "0x10",
  "NaN",
  "Infinity",
  "-1",
  "4294967296",
  "",
  " ",
];

/** Noise: odd but harmless values (a route may accept some of them). */
export const noise: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...extremes),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => "Å".repeat(n)),
);

/** URLs are bounded (API Gateway refuses long ones before any Lambda sees them). */
const short = (text: string) => text.slice(0, 300);

/** A string that holds a NUL or a lone surrogate somewhere. */
const poisoned: fc.Arbitrary<string> = fc
  .tuple(noise, fc.constantFrom("\u0000", "\ud800", "\udfff", "\udc00\ud800"), noise)
  .map(([a, p, b]) => `${a.slice(0, 50)}${p}${b.slice(0, 50)}`);

const brokenPercent = fc.constantFrom("%", "%E0%A4%A", "%zz", "a%", "%C0%AF%", "%ED%A0%80", "%FF%FE");

/** A JSON value of any shape with the poison somewhere inside (or no JSON at all). */
const poisonedBody: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
      fc.string({ maxLength: 12 }),
      poisoned,
    )
    .map(([value, key, poison]) =>
      JSON.stringify({ ...value, [key]: poison, text: poison, filename: poison }),
    ),
  fc.constantFrom("{", "[1,", "\u0000", "null", '"just a string"', '{"text":1e400}', '{"__proto__":{"x":1}}'),
);

function multipart(filename: string, content: Uint8Array): { body: Uint8Array; type: string } {
  const boundary = "fuzzboundary";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename.replace(/"/g, "")}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, content, tail]), type: `multipart/form-data; boundary=${boundary}` };
}

/** Binary junk: mostly NUL bytes, so it can never pass for a text, PDF, DOCX or image. */
const junkFile = fc.uint8Array({ minLength: 0, maxLength: 512 }).map((bytes) => {
  const out = new Uint8Array(bytes.length + 16);
  out.set(
    bytes.map((b, i) => (i % 3 === 0 ? 0 : b)),
    16,
  );
  return out;
});

/** Requests for one route, each with its poison in one of the places the route reads. */
export function requestsFor(route: RouteDef): fc.Arbitrary<FuzzRequest> {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
  const queryKeys = Object.keys(route.request?.query?.shape ?? {});
  const multipartRoute = route.request?.contentType === "multipart/form-data";
  const jsonRoute = !multipartRoute && route.request?.body !== undefined;
  const places = [
    ...(names.length > 0 ? (["path"] as const) : []),
    "query" as const,
    ...(jsonRoute ? (["body"] as const) : []),
    ...(multipartRoute ? (["file"] as const) : []),
  ];
  return fc
    .record({
      place: fc.constantFrom(...places),
      params: fc.array(
        fc.oneof(
          noise.map((n) => percentEncodeUnits(short(n))),
          brokenPercent,
        ),
        {
          minLength: names.length,
          maxLength: names.length,
        },
      ),
      pathPoison: fc.oneof(poisoned.map(percentEncodeUnits), brokenPercent),
      query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...queryKeys, "x"), noise), noise), { maxLength: 3 }),
      queryPoisonKey: fc.constantFrom(...queryKeys, "q"),
      queryPoison: poisoned.map((p) => p.replace(/[\ud800-\udfff]/g, "\u0000")),
      body: poisonedBody,
      filename: fc.oneof(noise, poisoned),
      file: junkFile,
    })
    .map((g) => {
      let path = route.path;
      names.forEach((name, i) => {
        const poison = g.place === "path" && i === 0;
        path = path.replace(`{${name}}`, poison ? g.pathPoison : g.params[i] || "x");
      });
      const query = new URLSearchParams(g.query.map(([k, v]): [string, string] => [short(k), short(v)]));
      if (g.place === "query") query.append(g.queryPoisonKey, g.queryPoison);
      const search = query.toString();
      const request: FuzzRequest = {
        method: route.method,
        path: `${path}${search ? `?${search}` : ""}`,
        headers: {},
        poison: g.place,
      };
      if (g.place === "body" || (jsonRoute && g.place !== "query")) {
        request.headers["content-type"] = "application/json";
        request.body = g.body;
      } else if (multipartRoute) {
        const form = multipart(g.filename.slice(0, 300), g.file);
        request.headers["content-type"] = form.type;
        request.body = form.body;
      }
      return request;
    });
}

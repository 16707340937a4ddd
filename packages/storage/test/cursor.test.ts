import { InputError } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../src/cursor";
import { likePattern } from "../src/records/list-where";
import { clampLimit } from "../src/shared/paging";

describe("list cursor", () => {
  it("round-trips the position of the last row", () => {
    const position = {
      createdAt: new Date("2025-03-04T05:06:07.089Z"),
      id: "0b6f1c1e-8f4a-4f7e-9a51-0d7f3c2b1a00",
    };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/); // safe in a query string as is
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ["not base64 json", "%%%"],
    ["wrong shape", Buffer.from('{"a":1}').toString("base64url")],
    ["bad date", Buffer.from('["yesterday","0b6f1c1e-8f4a-4f7e-9a51-0d7f3c2b1a00"]').toString("base64url")],
    ["bad id", Buffer.from('["2025-01-01T00:00:00.000Z","1; drop table jobs"]').toString("base64url")],
  ])("rejects %s with list.invalid_cursor", (_, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(InputError);
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: "list.invalid_cursor" }));
  });
});

describe("list options", () => {
  it("clamps the page size to 1..100, default 20", () => {
    expect([undefined, 0, -5, 7.9, 100, 101, Number.NaN].map(clampLimit)).toEqual([
      20, 1, 1, 7, 100, 100, 20,
    ]);
  });

  it("escapes LIKE wildcards in the search text", () => {
    expect(likePattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});

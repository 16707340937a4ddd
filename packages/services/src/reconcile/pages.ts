/** How many rows a page holds and how many pages one run may read. */
export interface PageLimits {
  pageSize: number;
  maxPages: number;
}

/**
 * A reconciler's keyset scan, oldest first: `read` gets the previous page's last row (undefined
 * for the first page) and returns the next page; `each` handles it. True when the scan reached
 * the end, false when the pages ran out first (the next run goes on).
 */
export async function eachPage<T>(
  read: (last: T | undefined) => Promise<T[]>,
  limits: PageLimits,
  each: (rows: T[]) => Promise<void>,
): Promise<boolean> {
  let last: T | undefined;
  for (let page = 0; page < limits.maxPages; page++) {
    const rows = await read(last);
    await each(rows);
    last = rows.at(-1);
    if (rows.length < limits.pageSize || last === undefined) return true;
  }
  return false;
}

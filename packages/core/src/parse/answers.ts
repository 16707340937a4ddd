/**
 * Answers the readers keep while one document is read. The same header fragment is scored as a
 * title, a field of work and a place many times over, and a line is asked for its dates by many
 * passes (on the real corpus a CV's 20 fragments were read as places 76 times, its 170 lines asked
 * for dates 430 times). Each answer is worked out once per document; all are forgotten when the
 * document's card is made, so no CV's text outlives its reading, and a benchmark that reads one
 * CV again measures the reading, not what the last one left behind.
 */

const kept: Array<Map<string, unknown>> = [];

/** Answers a store keeps at most; past it the store starts again (a bound on memory, not on speed). */
const limit = 5000;

/**
 * A store of answers by text, forgotten with the document and kept to `limit` entries. `context`
 * is what else the answer depends on (the normalizer, the year): answers for another are dropped.
 */
export function answersByText<C, V>(): (text: string, context: C, answer: () => V) => V {
  const answers = new Map<string, V>();
  let owner: C | undefined;
  kept.push(answers);
  return (text, context, answer) => {
    if (!Object.is(context, owner)) {
      answers.clear();
      owner = context;
    }
    let known = answers.get(text);
    if (known === undefined) {
      known = answer();
      if (answers.size >= limit) answers.clear();
      answers.set(text, known);
    }
    return known;
  };
}

/** Reads one document with fresh stores, and forgets what it kept when done. */
export function readingOne<T>(read: () => T): T {
  forget();
  try {
    return read();
  } finally {
    forget();
  }
}

function forget(): void {
  for (const answers of kept) answers.clear();
}

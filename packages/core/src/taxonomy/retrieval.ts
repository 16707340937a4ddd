import { retrievalTerms, termOf, WORD } from "./retrieval-terms";
import type { SkillEntry, Taxonomy } from "./types";

/**
 * Skills by meaning, for phrases that name no label or alias word for word ("develop software
 * prototypes", "manage cloud infrastructure"): every label and alias of the ESCO and curated
 * skills is one short document of stemmed terms; a phrase scores each document by the
 * IDF-weighted Dice overlap of their terms (1 = the same words up to inflection), and a skill
 * takes the score of its best document.
 */

/** One ranked answer of the retrieval normaliser. */
export interface SkillCandidate {
  id: string;
  label: string;
  category: string;
  source: string;
  sourceLabel: string;
  /** 0..1: IDF-weighted share of words the phrase and the best label/alias have in common. */
  score: number;
  /** The label or alias that matched best. */
  matched: string;
}

export interface SkillRetriever {
  /** Ranked skills for a phrase, best first; empty when no word of it is known. */
  search(phrase: string, limit?: number): SkillCandidate[];
}

/** O*NET records are product names (exact matching finds those); ESCO and curated skills carry meaning. */
const retrievable = (s: SkillEntry) => s.source !== "onet";

/** The discount of a one-word phrase against a longer label (tuned on SkillSpan dev). */
const BROADER = 0.8;

interface Index {
  skills: SkillEntry[];
  /** Per document: its skill (index into skills), its text, its term ids and their summed IDF. */
  docSkill: Int32Array;
  /** Document d's terms are flat[docStart[d]..docStart[d+1]) (only their count is kept). */
  docStart: Int32Array;
  docText: string[];
  docWeight: Float64Array;
  termIds: Map<string, number>;
  idf: Float64Array;
  postings: Int32Array[];
}

function buildIndex(taxonomy: Taxonomy): Index {
  const skills = taxonomy.skills.filter(retrievable);
  const termIds = new Map<string, number>();
  // Documents as one flat list of term ids: docStart[d]..docStart[d+1]
  const flat: number[] = [];
  const docStart: number[] = [0];
  const docSkill: number[] = [];
  const docText: string[] = [];
  // Token → term id (-1: a function word), so that each of ~430k tokens costs one lookup.
  const idOfToken = new Map<string, number>();
  const termIdOf = (token: string): number => {
    let id = idOfToken.get(token);
    if (id === undefined) {
      const term = termOf(token);
      id = term === null ? -1 : (termIds.get(term) ?? termIds.size);
      if (term !== null && id === termIds.size) termIds.set(term, id);
      idOfToken.set(token, id);
    }
    return id;
  };
  const addDocument = (k: number, text: string) => {
    const first = flat.length;
    for (const token of text.toLowerCase().match(WORD) ?? []) {
      const id = termIdOf(token);
      if (id >= 0 && flat.indexOf(id, first) < 0) flat.push(id);
    }
    if (flat.length === first) return;
    docStart.push(flat.length);
    docSkill.push(k);
    docText.push(text);
  };
  for (let k = 0; k < skills.length; k++) {
    const skill = skills[k] as SkillEntry;
    addDocument(k, skill.label);
    for (const alias of skill.aliases) addDocument(k, alias);
  }
  const docs = docSkill.length;
  const df = new Int32Array(termIds.size);
  for (const t of flat) df[t] = (df[t] ?? 0) + 1;
  const idf = new Float64Array(termIds.size);
  for (let t = 0; t < idf.length; t++) idf[t] = Math.log(1 + docs / (df[t] ?? 1));
  const postings = Array.from({ length: termIds.size }, (_, t) => new Int32Array(df[t] ?? 0));
  const filled = new Int32Array(termIds.size);
  const docWeight = new Float64Array(docs);
  for (let d = 0; d < docs; d++) {
    for (let i = docStart[d] ?? 0; i < (docStart[d + 1] ?? 0); i++) {
      const t = flat[i] ?? 0;
      (postings[t] as Int32Array)[filled[t] ?? 0] = d;
      filled[t] = (filled[t] ?? 0) + 1;
      docWeight[d] = (docWeight[d] ?? 0) + (idf[t] ?? 0);
    }
  }
  return {
    skills,
    docSkill: Int32Array.from(docSkill),
    docStart: Int32Array.from(docStart),
    docText,
    docWeight,
    termIds,
    idf,
    postings,
  };
}

/** Ties go to the curated layer (it names the tech stack), then to the shorter label. */
function better(a: SkillCandidate, b: SkillCandidate): number {
  return (
    b.score - a.score ||
    Number(b.source === "curated") - Number(a.source === "curated") ||
    a.label.length - b.label.length
  );
}

const built = new WeakMap<Taxonomy, SkillRetriever>();

/** The retriever over a taxonomy, built on first use and shared (tenant normalizers reuse it). */
export function skillRetriever(taxonomy: Taxonomy): SkillRetriever {
  const known = built.get(taxonomy);
  if (known !== undefined) return known;
  const retriever = createSkillRetriever(taxonomy);
  built.set(taxonomy, retriever);
  return retriever;
}

export function createSkillRetriever(taxonomy: Taxonomy): SkillRetriever {
  const index = buildIndex(taxonomy);
  const overlap = new Float64Array(index.docText.length);
  const bestScore = new Float64Array(index.skills.length);
  const bestDoc = new Int32Array(index.skills.length);
  const candidate = (k: number): SkillCandidate => {
    const skill = index.skills[k] as SkillEntry;
    const { id, label, category, source, sourceLabel } = skill;
    return {
      id,
      label,
      category,
      source,
      sourceLabel,
      score: bestScore[k] ?? 0,
      matched: index.docText[bestDoc[k] ?? 0] ?? label,
    };
  };
  return {
    search(phrase, limit = 5) {
      const words = retrievalTerms(phrase);
      const terms = words.flatMap((t) => {
        const id = index.termIds.get(t);
        return id === undefined ? [] : [id];
      });
      if (terms.length === 0) return [];
      // Words the taxonomy never uses still count against a match, at the rarest weight.
      const unknownWeight = Math.log(1 + index.docText.length);
      let queryWeight = (words.length - terms.length) * unknownWeight;
      for (const t of terms) queryWeight += index.idf[t] ?? 0;
      const touched: number[] = [];
      for (const t of terms) {
        const weight = index.idf[t] ?? 0;
        for (const d of index.postings[t] ?? []) {
          if (overlap[d] === 0) touched.push(d);
          overlap[d] = (overlap[d] ?? 0) + weight;
        }
      }
      const skills: number[] = [];
      for (const d of touched) {
        let score = (2 * (overlap[d] ?? 0)) / (queryWeight + (index.docWeight[d] ?? 0));
        overlap[d] = 0;
        // One word names something broader than a longer skill that contains it ("coding" is no "code quality").
        if (words.length === 1 && (index.docStart[d + 1] ?? 0) - (index.docStart[d] ?? 0) > 1)
          score *= BROADER;
        const k = index.docSkill[d] ?? 0;
        if (bestScore[k] === 0) skills.push(k);
        if (score > (bestScore[k] ?? 0)) {
          bestScore[k] = score;
          bestDoc[k] = d;
        }
      }
      const top = topSkills(skills, bestScore, limit).map(candidate);
      for (const k of skills) bestScore[k] = 0;
      return top.sort(better).slice(0, limit);
    },
  };
}

/** The `limit` best-scoring skills, ties kept so that better() can order them (no full sort). */
function topSkills(skills: readonly number[], score: Float64Array, limit: number): number[] {
  if (skills.length <= limit) return [...skills];
  const kept: number[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  for (const k of skills) {
    const s = score[k] ?? 0;
    if (kept.length >= limit && s < floor) continue;
    kept.push(k);
    if (kept.length > limit * 4) {
      kept.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0));
      floor = score[kept[limit - 1] ?? 0] ?? 0;
      kept.length = kept.filter((x) => (score[x] ?? 0) >= floor).length;
    }
  }
  kept.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0));
  floor = score[kept[limit - 1] ?? 0] ?? 0;
  return kept.filter((x) => (score[x] ?? 0) >= floor);
}

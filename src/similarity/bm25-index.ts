/**
 * An in-memory BM25 inverted index over analysed terms. Kept compact for archives of 100k+
 * questions: one Int32Array of postings per term, each entry packing (slot << 8 | min(tf, 255)),
 * and every slot's unique term ids in a few large shared chunks rather than an array per slot.
 * Removal tombstones a slot; postings of dead slots are skipped and purged once they pile up.
 */

const K1 = 1.2;
const B = 0.75;
const MAX_SLOTS = 1 << 23; // slot << 8 must stay a positive int32
/** Queries with more distinct terms than this skip MaxScore pruning (see search). */
const MAX_PRUNED_TERMS = 40;
/** Slots scored together by `search`: small enough for its arrays to stay in cache. */
const WINDOW = 4096;
/** Slots per block of the block-max bounds (a power of two). */
const BLOCK_BITS = 7;
/** Only terms with at least this many postings keep block maxima: short lists gain little and there are many of them. */
const BLOCKED_POSTINGS = 2048;
/** Term ids are hashed into this many bits by `coverage` (a power of two): 2 KB, cleared after each call. */
const COVERAGE_FILTER_BITS = 1 << 14;
const COVERAGE_FILTER_MASK = COVERAGE_FILTER_BITS - 1;
/**
 * Entries per chunk of slot term ids (4 MB). At 100k questions the per-slot Int32Arrays these replace
 * were 100,000 small ArrayBuffers, each with its own heap objects and malloc block.
 */
const TERM_CHUNK = 1 << 20;
/** `trimStorage` only copies posting lists when their unused capacity exceeds this share of the live postings. */
const TRIM_SLACK = 1 / 8;

export interface ScoredSlot {
  slot: number;
  score: number;
}

/**
 * Prior document counts from a general corpus, added to the index's own: in a small archive they
 * keep common words ("time", "day") from looking rare; in a large one the archive's counts dominate.
 */
export interface DfPrior {
  docs: number;
  df(term: string): number;
}

export class Bm25Index {
  /** `window` (slots scored together by `search`, a multiple of 32) is only set by tests, to cross many windows on a small index. */
  constructor(
    private prior?: DfPrior,
    private window = WINDOW,
  ) {
    this.windowScores = new Float64Array(window);
    this.windowSeen = new Int32Array(window / 32);
  }

  private termIds = new Map<string, number>();
  private postings: Int32Array[] = [];
  private postingCount: number[] = [];
  private df: number[] = [];
  private slotIds: string[] = [];
  /**
   * Unique term ids of each slot, for df upkeep on removal and for `coverage`: slot s's run is
   * termChunks[slotChunk[s]] from slotStart[s], slotCount[s] long (-1 once removed).
   */
  private termChunks: Int32Array[] = [];
  private chunkUsed = 0;
  private slotChunk: number[] = [];
  private slotStart: number[] = [];
  private slotCount: number[] = [];
  private slotLen: number[] = [];
  /** capacity of the posting lists beyond their counts (what `trimStorage` can give back) */
  private postingSlack = 0;
  private idToSlot = new Map<string, number>();
  private totalLen = 0;
  private deadPostings = 0;
  private livePostings = 0;
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);
  private windowScores: Float64Array;
  private windowSeen: Int32Array;
  private coverageFilter = new Uint8Array(COVERAGE_FILTER_BITS / 8);
  private norms = new Float64Array(0);
  /** bumped by every add and remove, so cached length norms know when they are stale */
  private version = 0;
  private normsVersion = -1;
  /** per term: the largest tf / (tf + norm) among its postings, valid while boundVersion[tid] === normsVersion */
  private maxFactor: number[] = [];
  private boundVersion: number[] = [];
  /** per long-listed term: the largest tf / (tf + norm) in each block of 2^BLOCK_BITS slots (block-max bounds), valid with maxFactor */
  private blockFactor: (Float64Array | undefined)[] = [];

  get size(): number {
    return this.idToSlot.size;
  }

  get avgLen(): number {
    return this.idToSlot.size ? this.totalLen / this.idToSlot.size : 1;
  }

  has(id: string): boolean {
    return this.idToSlot.has(id);
  }

  idOf(slot: number): string {
    return this.slotIds[slot];
  }

  slotOf(id: string): number | undefined {
    return this.idToSlot.get(id);
  }

  add(id: string, terms: string[]): void {
    if (this.idToSlot.has(id)) this.remove(id);
    if (this.slotIds.length >= MAX_SLOTS) this.compact();
    const counts = new Map<number, number>();
    for (const t of terms) {
      let tid = this.termIds.get(t);
      if (tid === undefined) {
        tid = this.postings.length;
        this.termIds.set(t, tid);
        this.postings.push(new Int32Array(2));
        this.postingSlack += 2;
        this.postingCount.push(0);
        this.df.push(0);
      }
      counts.set(tid, (counts.get(tid) ?? 0) + 1);
    }
    this.version++;
    const slot = this.slotIds.length;
    this.slotIds.push(id);
    this.slotLen.push(terms.length);
    const [chunk, start] = this.reserveTerms(counts.size);
    let i = start;
    for (const [tid, tf] of counts) {
      chunk[i++] = tid;
      this.appendPosting(tid, (slot << 8) | Math.min(tf, 255));
      this.df[tid]++;
    }
    this.slotChunk.push(this.termChunks.length - 1);
    this.slotStart.push(start);
    this.slotCount.push(counts.size);
    this.idToSlot.set(id, slot);
    this.totalLen += terms.length;
    this.livePostings += counts.size;
  }

  remove(id: string): void {
    const slot = this.idToSlot.get(id);
    if (slot === undefined) return;
    this.version++;
    const chunk = this.termChunks[this.slotChunk[slot]];
    const start = this.slotStart[slot];
    const n = this.slotCount[slot];
    for (let i = start; i < start + n; i++) this.df[chunk[i]]--;
    this.deadPostings += n;
    this.livePostings -= n;
    this.totalLen -= this.slotLen[slot];
    this.slotCount[slot] = -1;
    this.idToSlot.delete(id);
    if (this.deadPostings > 100_000 && this.deadPostings > this.livePostings) this.compact();
  }

  /** BM25 inverse document frequency of a term in this index (0 for unknown terms). */
  idf(term: string): number {
    const tid = this.termIds.get(term);
    return this.termIdf(term, tid === undefined ? 0 : this.df[tid]);
  }

  private termIdf(term: string, df: number): number {
    const p = this.prior;
    return p ? bm25Idf(df + p.df(term), this.idToSlot.size + p.docs) : bm25Idf(df, this.idToSlot.size);
  }

  docFreq(term: string): number {
    const tid = this.termIds.get(term);
    return tid === undefined ? 0 : this.df[tid];
  }

  /**
   * The best `k` live slots for the query terms, best first, each with its raw BM25 score.
   * `accept` filters slots before they compete for the top k.
   *
   * MaxScore pruning (Turtle & Flood, 1995) over windows of slots: a term can add at most its
   * weight times its largest tf / (tf + norm) to a document. Once the k-th best score so far exceeds
   * what the weakest terms together could add, a document holding only those terms cannot enter the
   * top k, so their long posting lists ("pain", a common Chinese character) are no longer walked;
   * they are only looked up, by galloping search, for documents the stronger ("essential") terms
   * found and that could still make the top k. The essential terms are scored term at a time into
   * a small array covering one window of slots, so each of their postings costs an add rather than
   * a pass over every term's cursor (what made document-at-a-time slow on Chinese queries, whose
   * character unigrams and bigrams give ~20 terms with lists of tens of thousands). The result is
   * the same top k as scoring every posting (`searchExhaustive`).
   */
  search(queryTerms: string[], k: number, accept?: (slot: number) => boolean, weights?: Map<string, number>): ScoredSlot[] {
    const terms = this.queryTermWeights(queryTerms, weights);
    if (!terms.length || k <= 0) return [];
    // A whole question's hundred terms (Similar Q&A) leave most of them essential and each
    // candidate looked up in dozens of lists: scoring every posting is faster there.
    if (terms.length > MAX_PRUNED_TERMS) return this.scoreEveryPosting(terms, k, accept);
    const norms = this.lengthNorms();
    // Weakest first: prefix[j] is the most that terms 0..j-1 together can add to one document.
    const bounded = terms.map((t) => ({ ...t, bound: t.wk * this.largestFactor(t.tid, norms) })).sort((x, y) => x.bound - y.bound);
    const m = bounded.length;
    const lists = bounded.map((t) => this.postings[t.tid]);
    const counts = bounded.map((t) => this.postingCount[t.tid]);
    const wks = bounded.map((t) => t.wk);
    const blocks = bounded.map((t) => this.blockFactor[t.tid]);
    const factors = bounded.map((t) => this.maxFactor[t.tid]);
    // A term's most in the slots lo..hi (blocks), or its global most without block maxima.
    const most = (j: number, lo: number, hi: number) => {
      const block = blocks[j];
      if (!block) return factors[j];
      let f = 0;
      for (let b = lo; b <= hi && b < block.length; b++) if (block[b] > f) f = block[b];
      return f;
    };
    const prefix = new Float64Array(m + 1);
    for (let j = 0; j < m; j++) prefix[j + 1] = prefix[j] + bounded[j].bound;
    // The same sums for the current window only, and for the current block of the document being
    // looked up (block-max, Ding & Suel 2011): much tighter than the whole archive's, since the
    // few short documents that give a term its global bound lie in a few blocks.
    const local = new Float64Array(m + 1);
    const inBlock = new Float64Array(m + 1);
    const pos = new Int32Array(m);
    const acc = this.windowScores;
    const seen = this.windowSeen;
    const heap: ScoredSlot[] = [];
    let threshold = -1;
    // Terms below firstEssential cannot on their own lift a document into the top k.
    let firstEssential = 0;
    for (;;) {
      // The next window starts at the first slot an essential term still holds.
      let start = Infinity;
      for (let j = firstEssential; j < m; j++) {
        if (pos[j] < counts[j]) {
          const slot = lists[j][pos[j]] >>> 8;
          if (slot < start) start = slot;
        }
      }
      if (start === Infinity) break;
      const end = start + this.window;
      const firstBlock = start >>> BLOCK_BITS;
      const lastBlock = (end - 1) >>> BLOCK_BITS;
      for (let j = 0; j < m; j++) local[j + 1] = local[j] + wks[j] * most(j, firstBlock, lastBlock);
      let currentBlock = -1;
      // Within this window, terms below `essential` cannot on their own lift a document into the
      // top k either; they are only looked up, like the globally weak ones.
      let essential = firstEssential;
      while (essential < m && local[essential + 1] < threshold) essential++;
      for (let j = essential; j < m; j++) {
        const list = lists[j];
        const count = counts[j];
        const wk = wks[j];
        let i = pos[j];
        for (; i < count; i++) {
          const p = list[i];
          const slot = p >>> 8;
          if (slot >= end) break;
          const norm = norms[slot];
          if (norm < 0) continue; // removed
          const tf = p & 255;
          const w = slot - start;
          seen[w >>> 5] |= 1 << (w & 31);
          acc[w] += (wk * tf) / (tf + norm);
        }
        pos[j] = i;
      }
      // Documents are taken in slot order (a bitmap of the window), so the non-essential lists'
      // cursors only move forward.
      for (let word = 0; word < seen.length; word++) {
        let bits = seen[word];
        if (bits === 0) continue;
        seen[word] = 0;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const w = (word << 5) | (31 - Math.clz32(low));
          let score = acc[w];
          acc[w] = 0;
          const doc = start + w;
          if (score + local[essential] < threshold) continue;
          if (doc >>> BLOCK_BITS !== currentBlock) {
            currentBlock = doc >>> BLOCK_BITS;
            for (let j = 0; j < essential; j++) inBlock[j + 1] = inBlock[j] + wks[j] * most(j, currentBlock, currentBlock);
          }
          if (score + inBlock[essential] < threshold) continue;
          const norm = norms[doc];
          for (let j = essential - 1; j >= 0; j--) {
            if (score + inBlock[j + 1] < threshold) break;
            const at = gallop(lists[j], pos[j], counts[j], doc);
            pos[j] = at;
            if (at < counts[j] && lists[j][at] >>> 8 === doc) {
              const tf = lists[j][at] & 255;
              score += (wks[j] * tf) / (tf + norm);
            }
          }
          if (heap.length === k && !worse(heap[0], { slot: doc, score })) continue;
          if (accept && !accept(doc)) continue;
          pushTop(heap, k, { slot: doc, score });
          if (heap.length === k) threshold = heap[0].score;
        }
      }
      // Terms that can no longer lift a document on their own stop being walked from the next window.
      while (firstEssential < m && prefix[firstEssential + 1] < threshold) firstEssential++;
      // Those only looked up in this window still hold postings inside it: the next window starts after it.
      for (let j = firstEssential; j < essential; j++) pos[j] = gallop(lists[j], pos[j], counts[j], end);
    }
    return heap.sort((a, b) => b.score - a.score || a.slot - b.slot);
  }

  /** The same result as `search`, scoring every posting of every term: the reference its pruning is tested against. */
  searchExhaustive(queryTerms: string[], k: number, accept?: (slot: number) => boolean, weights?: Map<string, number>): ScoredSlot[] {
    const terms = this.queryTermWeights(queryTerms, weights);
    if (!terms.length || k <= 0) return [];
    return this.scoreEveryPosting(terms, k, accept);
  }

  private scoreEveryPosting(terms: { tid: number; wk: number }[], k: number, accept?: (slot: number) => boolean): ScoredSlot[] {
    if (this.scores.length < this.slotIds.length) this.scores = new Float64Array(Math.max(this.slotIds.length, this.scores.length * 2));
    const scores = this.scores;
    const norms = this.lengthNorms();
    // Reused between queries: a whole question touches most of a 100k archive, and a fresh array
    // per query was ~1 MB of garbage, which let the heap balloon under concurrent cold pages.
    if (this.touched.length < this.slotIds.length) this.touched = new Int32Array(Math.max(this.slotIds.length, this.touched.length * 2));
    const touched = this.touched;
    let n = 0;
    for (const { tid, wk } of terms) {
      const list = this.postings[tid];
      const count = this.postingCount[tid];
      for (let i = 0; i < count; i++) {
        const p = list[i];
        const slot = p >>> 8;
        const norm = norms[slot];
        if (norm < 0) continue; // removed
        const tf = p & 255;
        if (scores[slot] === 0) touched[n++] = slot;
        scores[slot] += (wk * tf) / (tf + norm);
      }
    }
    const top = selectTop(touched.subarray(0, n), scores, k, accept);
    for (let i = 0; i < n; i++) scores[touched[i]] = 0;
    return top;
  }

  /**
   * The most one posting of a term can contribute per unit of weight, for the current length norms.
   * Found by one pass over the postings the first time a term is queried after the archive changed;
   * the bound is what makes MaxScore prune (the loose bound, 1, let it skip almost nothing).
   */
  private largestFactor(tid: number, norms: Float64Array): number {
    if (this.boundVersion[tid] === this.normsVersion) return this.maxFactor[tid];
    const list = this.postings[tid];
    const count = this.postingCount[tid];
    const block = count >= BLOCKED_POSTINGS ? new Float64Array((this.slotIds.length >>> BLOCK_BITS) + 1) : undefined;
    let best = 0;
    for (let i = 0; i < count; i++) {
      const slot = list[i] >>> 8;
      const norm = norms[slot];
      if (norm < 0) continue;
      const tf = list[i] & 255;
      const f = tf / (tf + norm);
      if (block && f > block[slot >>> BLOCK_BITS]) block[slot >>> BLOCK_BITS] = f;
      if (f > best) best = f;
    }
    this.maxFactor[tid] = best;
    this.blockFactor[tid] = block;
    this.boundVersion[tid] = this.normsVersion;
    return best;
  }

  /** Each distinct known query term with its weight × (k1 + 1): the most it can add to a document's score. */
  private queryTermWeights(queryTerms: string[], weights?: Map<string, number>): { tid: number; wk: number }[] {
    if (this.idToSlot.size === 0) return [];
    const qtf = new Map<number, number>();
    const termOf = new Map<number, string>();
    for (const t of queryTerms) {
      const tid = this.termIds.get(t);
      if (tid === undefined || this.df[tid] === 0) continue;
      qtf.set(tid, (qtf.get(tid) ?? 0) + (weights?.get(t) ?? 1));
      termOf.set(tid, t);
    }
    return [...qtf].map(([tid, qw]) => {
      const idf = this.termIdf(termOf.get(tid)!, this.df[tid]);
      // Query term frequency saturates too, so a word repeated in a long question does not dominate.
      const w = idf * ((qw * (K1 + 1)) / (qw + K1));
      return { tid, wk: w * (K1 + 1) };
    });
  }

  /**
   * BM25's length normalisation per slot (-1 for removed slots), recomputed only after the archive
   * changed: the query loop then reads one typed array instead of recomputing it per posting.
   */
  private lengthNorms(): Float64Array {
    if (this.normsVersion === this.version && this.norms.length >= this.slotIds.length) return this.norms;
    if (this.norms.length < this.slotIds.length) this.norms = new Float64Array(Math.max(this.slotIds.length, this.norms.length * 2));
    const avg = this.avgLen;
    for (let s = 0; s < this.slotIds.length; s++) this.norms[s] = this.slotCount[s] < 0 ? -1 : K1 * (1 - B + (B * this.slotLen[s]) / avg);
    this.normsVersion = this.version;
    return this.norms;
  }

  /**
   * How much of the query's content each document covers: the idf-weighted share of the query's
   * `topic` terms that the document contains, where a term also counts as present when the
   * document has one of its `alternates` (its prefix or concept term). BM25 rewards a document
   * for matching some query words many times; this rewards matching all of them.
   */
  coverage(topic: string[], alternates: Map<string, string[]>, slots: number[]): number[] {
    const satisfies = new Map<number, number[]>(); // term id → indices of topic terms it stands for
    const weights = topic.map((t) => this.idf(t));
    const total = weights.reduce((x, y) => x + y, 0);
    topic.forEach((t, i) => {
      for (const term of [t, ...(alternates.get(t) ?? [])]) {
        const tid = this.termIds.get(term);
        if (tid !== undefined) satisfies.set(tid, [...(satisfies.get(tid) ?? []), i]);
      }
    });
    // Most of a document's terms are not the query's: a bit per (term id mod filter size) rules
    // them out without a Map lookup, which was most of this function's time (50 candidates × a
    // few hundred terms per search). The terms that pass are looked up and added in document
    // order as before, so every sum is the same to the last bit.
    const filter = this.coverageFilter;
    for (const tid of satisfies.keys()) filter[(tid & COVERAGE_FILTER_MASK) >>> 3] |= 1 << (tid & 7);
    const matched = new Uint8Array(topic.length);
    const out = slots.map((slot) => {
      const count = this.slotCount[slot];
      if (count < 0 || !total) return 0;
      const terms = this.termChunks[this.slotChunk[slot]];
      const start = this.slotStart[slot];
      matched.fill(0);
      let num = 0;
      for (let j = start; j < start + count; j++) {
        const tid = terms[j];
        if ((filter[(tid & COVERAGE_FILTER_MASK) >>> 3] & (1 << (tid & 7))) === 0) continue;
        const hit = satisfies.get(tid);
        if (hit) for (const i of hit) if (!matched[i]) {
          matched[i] = 1;
          num += weights[i];
        }
      }
      return num / total;
    });
    for (const tid of satisfies.keys()) filter[(tid & COVERAGE_FILTER_MASK) >>> 3] = 0;
    return out;
  }

  /**
   * What the query would score against a document identical to itself: the ceiling used to map
   * raw BM25 onto [0,1] for callers that show or threshold scores.
   */
  selfScore(queryTerms: string[], weights?: Map<string, number>): number {
    const counts = new Map<string, number>();
    for (const t of queryTerms) counts.set(t, (counts.get(t) ?? 0) + 1);
    const norm = K1 * (1 - B + (B * queryTerms.length) / this.avgLen);
    let s = 0;
    for (const [t, tf] of counts) {
      const idf = this.idf(t);
      const qw = tf * (weights?.get(t) ?? 1);
      s += idf * ((qw * (K1 + 1)) / (qw + K1)) * ((tf * (K1 + 1)) / (tf + norm));
    }
    return s;
  }

  private appendPosting(tid: number, packed: number): void {
    let list = this.postings[tid];
    const count = this.postingCount[tid];
    if (count === list.length) {
      const grown = new Int32Array(count < 64 ? count * 2 + 2 : Math.ceil(count * 1.5));
      grown.set(list);
      this.postingSlack += grown.length - list.length;
      this.postings[tid] = list = grown;
    }
    list[count] = packed;
    this.postingSlack--;
    this.postingCount[tid] = count + 1;
  }

  /** Room for n term ids in the last chunk (a new chunk when it is full): the chunk and where the run starts. */
  private reserveTerms(n: number): [Int32Array, number] {
    let chunk = this.termChunks[this.termChunks.length - 1];
    if (!chunk || this.chunkUsed + n > chunk.length) {
      this.termChunks.push((chunk = new Int32Array(Math.max(TERM_CHUNK, n))));
      this.chunkUsed = 0;
    }
    const start = this.chunkUsed;
    this.chunkUsed += n;
    return [chunk, start];
  }

  /**
   * Gives back the posting lists' unused capacity (growth by half leaves ~a quarter of a bulk
   * build's lists unused) once it exceeds TRIM_SLACK of the live postings. For a quiet moment after
   * many adds: it copies each list that has room to spare.
   */
  trimStorage(): void {
    if (this.postingSlack <= Math.max(4096, this.livePostings * TRIM_SLACK)) return;
    for (let tid = 0; tid < this.postings.length; tid++) {
      const count = this.postingCount[tid];
      const list = this.postings[tid];
      if (list.length > count + 2) this.postings[tid] = list.slice(0, Math.max(count, 2));
    }
    this.postingSlack = this.unusedCapacity();
  }

  private unusedCapacity(): number {
    let n = 0;
    for (let tid = 0; tid < this.postings.length; tid++) n += this.postings[tid].length - this.postingCount[tid];
    return n;
  }

  /** Renumbers live slots densely and drops dead postings. */
  private compact(): void {
    const remap = new Int32Array(this.slotIds.length).fill(-1);
    const ids: string[] = [];
    const lens: number[] = [];
    const oldChunks = this.termChunks;
    const oldChunk = this.slotChunk;
    const oldStart = this.slotStart;
    const oldCount = this.slotCount;
    this.termChunks = [];
    this.chunkUsed = 0;
    this.slotChunk = [];
    this.slotStart = [];
    this.slotCount = [];
    for (let s = 0; s < this.slotIds.length; s++) {
      const n = oldCount[s];
      if (n < 0) continue;
      remap[s] = ids.length;
      ids.push(this.slotIds[s]);
      lens.push(this.slotLen[s]);
      const [chunk, start] = this.reserveTerms(n);
      chunk.set(oldChunks[oldChunk[s]].subarray(oldStart[s], oldStart[s] + n), start);
      this.slotChunk.push(this.termChunks.length - 1);
      this.slotStart.push(start);
      this.slotCount.push(n);
    }
    for (let tid = 0; tid < this.postings.length; tid++) {
      const list = this.postings[tid];
      let w = 0;
      for (let i = 0; i < this.postingCount[tid]; i++) {
        const to = remap[list[i] >>> 8];
        if (to >= 0) list[w++] = (to << 8) | (list[i] & 255);
      }
      this.postingCount[tid] = w;
      if (w === 0) this.postings[tid] = new Int32Array(2);
      else if (list.length > w * 2 + 8) this.postings[tid] = list.slice(0, w);
    }
    this.slotIds = ids;
    this.slotLen = lens;
    this.postingSlack = this.unusedCapacity();
    this.idToSlot = new Map(ids.map((id, s) => [id, s]));
    this.deadPostings = 0;
  }
}

export function bm25Idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Heap order: the worse of two hits (lower score; on a tie, the later slot) sits nearer the root. */
function worse(a: ScoredSlot, b: ScoredSlot): boolean {
  return a.score < b.score || (a.score === b.score && a.slot > b.slot);
}

/** Adds a hit to a min-heap of at most k, replacing the root (the worst) when full; the caller checked it beats the root. */
function pushTop(heap: ScoredSlot[], k: number, item: ScoredSlot): void {
  if (heap.length < k) {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
    return;
  }
  heap[0] = item;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < k && worse(heap[l], heap[m])) m = l;
    if (r < k && worse(heap[r], heap[m])) m = r;
    if (m === i) break;
    [heap[i], heap[m]] = [heap[m], heap[i]];
    i = m;
  }
}

/** Top k by score (ties: lower slot first, i.e. indexed earlier), via a small min-heap. */
function selectTop(cands: ArrayLike<number> & Iterable<number>, scores: Float64Array, k: number, accept?: (slot: number) => boolean): ScoredSlot[] {
  const heap: ScoredSlot[] = [];
  for (const slot of cands) {
    const score = scores[slot];
    if (heap.length === k && !worse(heap[0], { slot, score })) continue;
    if (accept && !accept(slot)) continue;
    pushTop(heap, k, { slot, score });
  }
  return heap.sort((a, b) => b.score - a.score || a.slot - b.slot);
}

/** The first index at or after `from` whose posting's slot is ≥ `slot` (postings are in slot order). */
function gallop(list: Int32Array, from: number, count: number, slot: number): number {
  if (from >= count || list[from] >>> 8 >= slot) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < count && list[hi] >>> 8 < slot) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > count) hi = count;
  // list[lo] < slot; answer in (lo, hi]
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] >>> 8 < slot) lo = mid;
    else hi = mid;
  }
  return hi;
}

export type Lang = 'en' | 'zh-Hant' | 'zh-Hans';

/** A source the site holds; the caller numbers nothing, the provider assigns [n]. */
export interface Passage {
  id: string; // e.g. 'faq:123', 'answer:45', 'question:77'
  kind: 'faq' | 'doctor-answer' | 'similar-answer';
  title: string; // FAQ question, or the similar question's headline/title
  url: string; // the site's own path, e.g. '/faq/123' or '/questions/77'
  text: string; // FAQ answer text (paragraphs separated by \n\n) or an answer's text
  focus?: string; // FAQ topic
  qtype?: string; // FAQ question type (information, causes, symptoms, treatment, ...)
  /**
   * The asker's words that name this FAQ topic by another of its names ("hsv" for Herpes Simplex), when
   * the caller knows the topic's synonyms; the provider then counts the topic as named by the asker.
   */
  namedBy?: string;
  /** For a similar question's answer: how alike the two questions are (the similarity index's score, 0–1). */
  similarity?: number;
  /** For a similar question's answer: that question's own title, to judge whether it is on the same subject. */
  question?: string;
  lang: Lang;
}

export interface EnrichmentInput {
  question: { title: string; body: string; lang: Lang; department: { slug: string; name: string } };
  answers: { text: string; doctorName: string }[];
  /** Retrieved by the caller, best first (FAQ entries, the doctor answers, similar Q&A answers). */
  passages: Passage[];
}

export interface MoreInfoSource {
  n: number;
  title: string;
  url: string;
}

export interface EnrichmentOutput {
  /** e.g. "Involuntary Muscle Twitches: Causes and Solutions" (the caller appends " — Department"). */
  headline: string;
  /**
   * Plain-text paragraphs separated by \n\n with citation markers [1], [2] referring to sources[].n;
   * null when the passages do not support a grounded text (never invent).
   */
  moreInfo: null | { text: string; sources: MoreInfoSource[] };
  provider: 'builtin' | 'llm';
  warnings?: string[];
}

export interface EnrichmentProvider {
  name: string;
  generate(input: EnrichmentInput): Promise<EnrichmentOutput>;
}

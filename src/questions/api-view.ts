import type { QuestionView } from './reading.js';

/** The JSON shape of CONTRACTS.md: `url`s are the site's own paths. */
export function toApiQuestion(view: QuestionView) {
  const q = view.question;
  return {
    id: q.id,
    externalId: q.external_id,
    title: q.title,
    headline: q.headline,
    lang: q.lang,
    status: q.status,
    urgent: q.urgent === 1,
    department: { slug: view.department.slug, name: view.department.name_en },
    asker: { name: q.asker_name, ageRange: q.asker_age_range, sex: q.asker_sex },
    askedAt: q.asked_at,
    publishedAt: q.published_at,
    body: q.body,
    url: `/questions/${q.id}`,
    answers: view.answers.map((a) => ({
      id: a.id,
      doctor: { name: a.doctor.name, department: a.doctor.department.name, departmentSlug: a.doctor.department.slug, hospital: a.doctor.hospital },
      text: a.text,
      answeredAt: a.answeredAt,
    })),
    moreInfo:
      view.moreInfo && !view.moreInfo.hidden
        ? { text: view.moreInfo.text, sources: view.moreInfo.sources, reviewedAt: view.moreInfo.reviewedAt }
        : null,
    similar: view.similar.map((s) => ({ id: s.id, headline: s.headline, url: `/questions/${s.id}` })),
    faqs: view.faqs.map((f) => ({ id: f.id, question: f.question, url: `/faq/${f.id}` })),
  };
}

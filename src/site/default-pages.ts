/** Defaults for operator-editable pages (admins change them at /admin/pages). */
export const DEFAULT_PAGES: Record<string, { title: string; body: string }> = {
  privacy: {
    title: 'Privacy policy',
    body: `This site publishes health questions and doctors' answers so that they help other people with the same worry. This page explains what we collect and what we publish.

What is published: the title and text of your question after we remove personal details we can recognise (names, phone numbers, e-mail addresses, ID numbers, street addresses, exact birth dates), the pseudonym you chose, your age range and your sex as you gave them, and the dates. Your account name and e-mail address are never shown.

What we keep privately: your e-mail address and a hashed password to run your account; what you typed before personal details were removed, kept only so a moderator can check a removal, and deleted a set time after publication (30 days by default). Moderators who look at it are recorded in an audit log.

Your choices: you can edit or withdraw a question until a doctor answers it. You can download your data and delete your account; your published questions then stay on the site without any link to you.

We do not sell data and we do not use advertising trackers. Mail is sent only about your account and your questions.`,
  },
  terms: {
    title: 'Terms of use',
    body: `No diagnosis online: answers on this site are general health information from doctors who have not examined you. They are not a diagnosis, a prescription or a substitute for a visit. For your own health, see a doctor in person.

Emergencies: this site is not for emergencies. If you or someone else may be in danger, call your local emergency number now (Taiwan 119, United States 911).

Posts are public: once a doctor answers, your question and the answer are published for anyone to read, under your pseudonym. Do not include information that identifies you or other people.

Generated text: the "More Info" section on a question page is generated from cited sources and labelled as such. It is educational background, not medical advice, and may be reviewed by a doctor.

Conduct: no advertising, no abuse, no questions about other identifiable people. Moderators may hide content and suspend accounts that break these rules; every such action is recorded.`,
  },
};

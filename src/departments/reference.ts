/**
 * The standard departments of a general hospital. Slugs are a public contract
 * (CONTRACTS.md) and never change; names are editable by admins afterwards.
 * `aliases` (lower-case English or Traditional Chinese) help imports map
 * free-text department names to a slug.
 */
export interface ReferenceDepartment {
  slug: string;
  en: string;
  zh: string;
  aliases: string[];
}

export const REFERENCE_DEPARTMENTS: readonly ReferenceDepartment[] = [
  { slug: 'family-medicine', en: 'Family Medicine', zh: '家庭醫學科', aliases: ['general practice', 'gp', '家醫科', '全科'] },
  { slug: 'internal-medicine', en: 'Internal Medicine', zh: '內科', aliases: ['general internal medicine', '普通內科', '一般內科', '內科'] },
  { slug: 'cardiology', en: 'Cardiology', zh: '心臟內科', aliases: ['cardiovascular', 'heart', '心血管科', '心臟科', '心血管內科'] },
  { slug: 'gastroenterology', en: 'Gastroenterology', zh: '胃腸肝膽科', aliases: ['digestive', 'gi', '消化科', '消化內科', '腸胃科', '胃腸科'] },
  { slug: 'hepatology', en: 'Hepatology', zh: '肝膽科', aliases: ['liver', '肝病科', '肝科', '肝膽內科'] },
  { slug: 'pulmonology', en: 'Pulmonology', zh: '胸腔內科', aliases: ['respiratory', 'chest medicine', 'lung', '呼吸科', '呼吸內科', '胸腔科'] },
  { slug: 'nephrology', en: 'Nephrology', zh: '腎臟內科', aliases: ['kidney', 'renal', '腎內科', '腎臟科'] },
  { slug: 'endocrinology', en: 'Endocrinology', zh: '新陳代謝科', aliases: ['metabolism', 'diabetes', '內分泌科', '內分泌'] },
  { slug: 'infectious-diseases', en: 'Infectious Diseases', zh: '感染科', aliases: ['infection', 'infectious disease', '感染內科', '傳染科'] },
  { slug: 'hematology-oncology', en: 'Hematology & Oncology', zh: '血液腫瘤科', aliases: ['hematology', 'oncology', 'cancer', '血液科', '腫瘤科'] },
  { slug: 'rheumatology', en: 'Rheumatology', zh: '風濕免疫科', aliases: ['immunology', 'allergy', '免疫風濕科', '風濕科'] },
  { slug: 'neurology', en: 'Neurology', zh: '神經內科', aliases: ['neuro', '神經科'] },
  { slug: 'psychiatry', en: 'Psychiatry', zh: '精神科', aliases: ['mental health', 'psychology', '身心科', '心理科'] },
  { slug: 'dermatology', en: 'Dermatology', zh: '皮膚科', aliases: ['skin'] },
  { slug: 'ophthalmology', en: 'Ophthalmology', zh: '眼科', aliases: ['eye', 'eyes'] },
  { slug: 'otolaryngology', en: 'Otolaryngology (ENT)', zh: '耳鼻喉科', aliases: ['ent', 'ear nose throat', 'otolaryngology'] },
  { slug: 'dentistry', en: 'Dentistry', zh: '牙科', aliases: ['dental', 'teeth', '口腔科'] },
  { slug: 'obstetrics-gynecology', en: 'Obstetrics & Gynecology', zh: '婦產科', aliases: ['obgyn', 'ob/gyn', 'gynecology', 'obstetrics', '婦科', '產科'] },
  { slug: 'pediatrics', en: 'Pediatrics', zh: '小兒科', aliases: ['paediatrics', 'children', '兒科'] },
  { slug: 'urology', en: 'Urology', zh: '泌尿科', aliases: ['urinary', '泌尿外科'] },
  { slug: 'orthopedics', en: 'Orthopedics', zh: '骨科', aliases: ['orthopaedics', 'bone', '骨外科'] },
  { slug: 'rehabilitation', en: 'Rehabilitation', zh: '復健科', aliases: ['physical medicine', 'physiotherapy', '康復科', '復健'] },
  { slug: 'general-surgery', en: 'General Surgery', zh: '一般外科', aliases: ['surgery', '外科', '普通外科'] },
  { slug: 'neurosurgery', en: 'Neurosurgery', zh: '神經外科', aliases: [] },
  { slug: 'plastic-surgery', en: 'Plastic Surgery', zh: '整形外科', aliases: ['cosmetic surgery', '整形科', '美容外科'] },
  { slug: 'pharmacy', en: 'Pharmacy', zh: '藥劑科', aliases: ['pharmacist', 'medication', '藥學科', '藥劑部'] },
  { slug: 'nutrition', en: 'Nutrition', zh: '營養科', aliases: ['diet', 'dietitian', '營養部'] },
  { slug: 'chinese-medicine', en: 'Chinese Medicine', zh: '中醫科', aliases: ['tcm', 'traditional chinese medicine', '中醫', '中醫部'] },
];

export const FALLBACK_DEPARTMENT_SLUG = 'family-medicine';

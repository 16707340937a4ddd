/** Phrases separated by "|" (line breaks inside a list are ignored). */
export function list(phrases: string): string[] {
  return phrases
    .split("|")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** Section headings as CVs and job ads write them (en, da, de, fr, es, ar, plus sv/no/nl basics). */

export type ResumeSectionKind =
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "languages"
  | "certifications"
  | "projects"
  | "contact"
  | "ignored";

export const resumeHeadings: Record<ResumeSectionKind, string[]> = {
  summary: list(`
    summary|professional summary|profile|professional profile|personal profile|about|about me|
    career summary|career objective|objective|executive summary|introduction|overview|profil|om mig|
    personlig profil|resumé|resume|kurzprofil|über mich|persönliches profil|à propos|à propos de moi|
    résumé|sobre mí|perfil|perfil profesional|resumen|resumen profesional|الملخص|نبذة|نبذة عني|
    الملف الشخصي|الهدف الوظيفي|ملخص
  `),
  experience: list(`
    experience|work experience|professional experience|employment|employment history|work history|
    career history|career|relevant experience|professional background|positions held|
    experience history|erhvervserfaring|erfaring|arbejdserfaring|beskæftigelse|karriere|
    berufserfahrung|berufliche erfahrung|berufspraxis|beruflicher werdegang|werdegang|
    praxiserfahrung|expérience|expériences|expérience professionnelle|expériences professionnelles|
    parcours professionnel|experiencia|experiencia laboral|experiencia profesional|
    trayectoria profesional|الخبرة|الخبرات|الخبرة العملية|الخبرات العملية|الخبرة المهنية|
    الخبرات المهنية|الخبرات السابقة|arbetslivserfarenhet|werkervaring|arbeidserfaring
  `),
  education: list(`
    education|academic background|education and training|academic qualifications|qualifications|
    educational background|studies|uddannelse|uddannelser|ausbildung|bildung|bildungsweg|studium|
    akademischer werdegang|formation|formations|éducation|parcours académique|educación|formación|
    formación académica|estudios|التعليم|المؤهلات العلمية|المؤهلات|المؤهل العلمي|التحصيل العلمي|
    utbildning|opleiding|utdanning
  `),
  skills: list(`
    skills|technical skills|core skills|key skills|skills and tools|competencies|core competencies|
    key competencies|competences|expertise|areas of expertise|technologies|tech stack|tools|
    technical expertise|it skills|qualifications and skills|kompetencer|færdigheder|it-kompetencer|
    faglige kompetencer|kenntnisse|fähigkeiten|kompetenzen|it-kenntnisse|fachkenntnisse|
    edv-kenntnisse|compétences|compétences techniques|savoir-faire|habilidades|competencias|
    conocimientos|aptitudes|المهارات|مهارات|المهارات التقنية|الكفاءات|kompetenser|vaardigheden|
    ferdigheter
  `),
  languages: list(`
    languages|language skills|language|sprog|sprogkundskaber|sprachen|sprachkenntnisse|langues|
    compétences linguistiques|idiomas|lenguas|اللغات|اللغة|språk|talen
  `),
  certifications: list(`
    certifications|certificates|certification|licenses and certifications|licenses & certifications|
    courses|courses and certifications|training|trainings|professional development|certificeringer|
    certifikater|kurser|zertifikate|zertifizierungen|weiterbildung|weiterbildungen|fortbildungen|
    certificats|certificaciones|cursos|الشهادات|الدورات|الدورات التدريبية|الشهادات المهنية
  `),
  projects: list(`
    projects|selected projects|key projects|personal projects|side projects|portfolio|projekter|
    projekte|projets|proyectos|المشاريع|مشاريع
  `),
  contact: list(`
    contact|contact information|contact details|personal information|personal details|personal data|
    kontakt|kontaktoplysninger|personlige oplysninger|persönliche daten|kontaktdaten|coordonnées|
    informations personnelles|datos personales|contacto|معلومات الاتصال|البيانات الشخصية|
    المعلومات الشخصية|التواصل
  `),
  ignored: list(`
    interests|hobbies|hobbies and interests|references|referees|volunteering|volunteer experience|
    awards|honors|honours|achievements|publications|activities|extracurricular activities|
    memberships|fritidsinteresser|interesser|referencer|frivilligt arbejde|hobbys|interessen|
    referenzen|ehrenamt|centres d'intérêt|loisirs|références|intereses|referencias|الهوايات|
    الاهتمامات|المراجع|المعرفون
  `),
};

export type JobSectionKind =
  | "about"
  | "role"
  | "responsibilities"
  | "requirements"
  | "nice"
  | "benefits"
  | "apply"
  | "details";

export const jobHeadings: Record<JobSectionKind, string[]> = {
  about: list(`
    about us|about the company|who we are|company|our company|the company|om os|om virksomheden|
    hvem er vi|über uns|wer wir sind|das unternehmen|qui sommes-nous|à propos de nous|l'entreprise|
    sobre nosotros|quiénes somos|la empresa|من نحن|عن الشركة|نبذة عن الشركة
  `),
  role: list(`
    about the role|the role|about the job|the job|the position|about the position|role|position|
    job description|description|overview|om stillingen|stillingen|jobbet|om jobbet|die stelle|
    die position|stellenbeschreibung|le poste|description du poste|el puesto|descripción del puesto|
    الوظيفة|الوصف الوظيفي|عن الوظيفة|وصف الوظيفة
  `),
  responsibilities: list(`
    responsibilities|key responsibilities|your responsibilities|what you'll do|what you will do|
    what you'll be doing|your role|your tasks|tasks|duties|main duties|your mission|day to day|
    day-to-day|in this role you will|opgaver|dine opgaver|arbejdsopgaver|ansvarsområder|jobindhold|
    aufgaben|deine aufgaben|ihre aufgaben|dein job|missions|vos missions|tes missions|
    responsabilités|vos responsabilités|funciones|responsabilidades|tus funciones|المهام|المسؤوليات|
    المهام والمسؤوليات|مهام الوظيفة
  `),
  requirements: list(`
    requirements|key requirements|job requirements|must have|must haves|must-have|must-haves|
    qualifications|required qualifications|minimum qualifications|basic qualifications|
    required skills|skills|required experience|what you bring|what you'll bring|what you will bring|
    what you need|what we're looking for|what we are looking for|who you are|about you|your profile|
    you have|you are|we expect|krav|kvalifikationer|din profil|vi forventer|om dig|hvem er du|
    vi søger|du har|anforderungen|dein profil|ihr profil|das bringst du mit|was du mitbringst|
    was sie mitbringen|profil|votre profil|profil recherché|exigences|compétences requises|
    requisitos|tu perfil|perfil|lo que buscamos|المتطلبات|المؤهلات|المؤهلات المطلوبة|الشروط|
    متطلبات الوظيفة
  `),
  nice: list(`
    nice to have|nice to haves|nice-to-have|nice-to-haves|bonus|bonus points|preferred|
    preferred qualifications|preferred skills|good to have|it's a plus|plus|pluses|desirable|
    additional qualifications|det er en fordel|det er et plus|fordele|wünschenswert|von vorteil|
    ein plus|plus|atouts|un plus|serait un plus|deseable|valorable|se valorará|ميزة إضافية|يفضل|
    مؤهلات مفضلة
  `),
  benefits: list(`
    benefits|what we offer|we offer|perks|perks and benefits|why join us|why us|compensation|
    vi tilbyder|hvad vi tilbyder|vi kan tilbyde|wir bieten|was wir bieten|unser angebot|nous offrons|
    ce que nous offrons|avantages|ofrecemos|beneficios|lo que ofrecemos|المزايا|نقدم لك|ما نقدمه
  `),
  apply: list(`
    how to apply|application|apply|contact|contact information|questions|ansøgning|søg stillingen|
    kontakt|bewerbung|ansprechpartner|candidature|postuler|contact|cómo aplicar|postulación|contacto|
    طريقة التقديم|التقديم|للتواصل
  `),
  details: list(`
    details|job details|key facts|facts|practical information|praktisk information|fakta|eckdaten|
    informations pratiques|detalles|تفاصيل
  `),
};

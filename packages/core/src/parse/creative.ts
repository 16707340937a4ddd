import type { CreativeJobV1 } from "../job/creative-job-v1";
import { list } from "./headings";
import { phraseRegExp } from "./text";

/** Creative roles (design, copy, art direction, illustration, motion, photo…) and their craft labels. */

const creativeTitles = phraseRegExp(
  list(`
    designer|graphic designer|visual designer|brand designer|ui designer|ux designer|ux/ui designer|ui/ux designer|
    product designer|motion designer|web designer|digital designer|copywriter|content writer|ux writer|
    art director|creative director|associate creative director|illustrator|animator|motion graphics artist|
    photographer|videographer|video editor|film editor|3d artist|concept artist|retoucher|stylist|
    creative|content creator|grafiker|grafisk designer|tekstforfatter|fotograf|illustrator|kreativ direktør|
    mediengestalter|grafikdesigner|texter|kommunikationsdesigner|graphiste|directeur artistique|concepteur-rédacteur|
    rédacteur|diseñador|diseñadora|diseñador gráfico|redactor creativo|director de arte|مصمم|مصمم جرافيك|
    كاتب محتوى|مصور|رسام|مخرج فني
  `),
);

const disciplines: Array<[string, RegExp]> = [
  [
    "graphic design",
    /graphic design|grafisk design|grafikdesign|design graphique|diseño gráfico|تصميم جرافيك/iu,
  ],
  ["brand design", /brand(?:ing)? design|brand identit|visual identit|corporate design/iu],
  ["ui design", /\bui design|interface design|ui\/ux|ux\/ui/iu],
  ["ux design", /\bux design|user experience|interaction design|ui\/ux|ux\/ui/iu],
  ["art direction", /art direct|direction artistique|dirección de arte/iu],
  ["copywriting", /copywrit|tekstforfat|texten\b|rédaction|redacción|كتابة المحتوى/iu],
  ["ux writing", /ux writ|microcopy|content design/iu],
  ["illustration", /illustrat|ilustraci|رسم توضيحي/iu],
  ["animation", /animat|2d animation|3d animation/iu],
  ["motion design", /motion design|motion graphic/iu],
  ["photography", /photograph|fotograf|تصوير فوتوغرافي/iu],
  ["video production", /video (?:production|editing)|videograph|filmmaking|video editor/iu],
  ["3d", /\b3d (?:design|modell?ing|art|visuali[sz]ation)|3d artist/iu],
  ["packaging design", /packaging design|emballage/iu],
  ["typography", /typograph|typografi/iu],
  ["creative direction", /creative direct/iu],
];

const tools = list(`
  Figma|Sketch|Adobe Creative Suite|Adobe Creative Cloud|Photoshop|Illustrator|InDesign|After Effects|Premiere Pro|
  Premiere|Lightroom|Adobe XD|Cinema 4D|C4D|Blender|Maya|3ds Max|Houdini|ZBrush|Substance Painter|Procreate|
  Final Cut Pro|DaVinci Resolve|Canva|Framer|Webflow|Capture One|Unreal Engine|Unity|Affinity Designer|
  Keynote|Miro|Principle|ProtoPie|Spline|Rive|Lottie|Midjourney|Stable Diffusion
`);
const toolPattern = phraseRegExp(tools, "giu");

const deliverables = list(`
  campaigns|social media content|social content|brand identities|brand identity|packaging|key visuals|storyboards|
  illustrations|motion graphics|websites|landing pages|print|editorial|presentations|logos|videos|explainer videos|
  banners|newsletters|case studies|pitch decks|product packaging|posters|brochures|ads|advertising|scripts|
  headlines|taglines|infographics|icons|wireframes|prototypes
`);
const deliverablePattern = phraseRegExp(deliverables, "giu");
const portfolioWord =
  /\b(?:portfolio|portefølje|showreel|reel|arbeitsproben|behance|dribbble|artstation)\b/iu;
const portfolioFormats: Array<[string, RegExp]> = [
  ["PDF", /\bpdf\b/i],
  ["website", /website|link to your portfolio|portfolio link|url/i],
  ["Behance", /behance/i],
  ["Dribbble", /dribbble/i],
  ["ArtStation", /artstation/i],
  ["showreel", /showreel|reel|vimeo|youtube/i],
];

export function isCreativeTitle(title: string | null): boolean {
  return title !== null && creativeTitles.test(title);
}

/** The creative block of creative-job-v1, read from the whole ad. */
export function creativeDetails(text: string, company: string | null): CreativeJobV1["creative"] {
  const found = (pattern: RegExp) => [...new Set([...text.matchAll(pattern)].map((m) => m[0]))];
  const toolHits = found(toolPattern).map((t) => tools.find((x) => x.toLowerCase() === t.toLowerCase()) ?? t);
  const portfolioSentences = text.split(/(?<=[.!?])\s+|\n/).filter((s) => portfolioWord.test(s));
  const portfolioText = portfolioSentences.join(" ");
  const portfolio =
    portfolioSentences.length > 0
      ? {
          required: !/\b(optional|if you have|nice|plus|fordel)\b/i.test(portfolioText),
          formats: portfolioFormats.filter(([, p]) => p.test(portfolioText)).map(([f]) => f),
          notes: portfolioSentences[0]?.trim().slice(0, 300) ?? null,
        }
      : null;
  const agency = /\b(agency|bureau|studio|agentur|agence|agencia|وكالة)\b/i.test(text) ? company : null;
  return {
    disciplines: disciplines.filter(([, p]) => p.test(text)).map(([d]) => d),
    tools: [...new Set(toolHits)],
    portfolio,
    deliverables: found(deliverablePattern).map((d) => d.toLowerCase()),
    agency,
  };
}
